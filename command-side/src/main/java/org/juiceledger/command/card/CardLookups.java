package org.juiceledger.command.card;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.juiceledger.command.config.CommandSideAxonConfiguration;
import org.juiceledger.kernel.card.CardIssued;
import org.juiceledger.kernel.card.CardRedeemed;
import org.juiceledger.kernel.card.CardRedemptionReversed;
import org.juiceledger.kernel.card.CardVoided;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The PIN-hash lookup (hash → serial, and whether the card is live) and card serials. Kept by the
 * subscribing processor, in the transaction of the events: a PIN hash is unique across every card
 * ever generated.
 */
@Component
@ProcessingGroup(CommandSideAxonConfiguration.LOOKUPS)
class CardLookups {

    private final JdbcTemplate jdbc;

    CardLookups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CardIssued event) {
        insertPins(List.of(event));
    }

    /** For cards issued straight to the event storage ({@link CardIssuance}), in the same transaction. */
    void insertPins(List<CardIssued> issued) {
        jdbc.batchUpdate("insert into card_pin (pin_hash, serial, live) values (?, ?, true)",
                issued.stream().map(e -> new Object[]{e.pinHash(), e.serial()}).toList());
    }

    @EventHandler
    void on(CardRedeemed event) {
        live(event.serial(), false);
    }

    @EventHandler
    void on(CardVoided event) {
        live(event.serial(), false);
    }

    @EventHandler
    void on(CardRedemptionReversed event) {
        live(event.serial(), true);
    }

    Optional<String> serialOfPin(String pinHash) {
        return jdbc.queryForList("select serial from card_pin where pin_hash = ?", String.class, pinHash)
                .stream().findFirst();
    }

    long liveCards() {
        return jdbc.queryForObject("select count(*) from card_pin where live = true", Long.class);
    }

    /** Reserves {@code quantity} consecutive serial numbers and returns the first; the row lock orders nodes. */
    long allocateSerials(int quantity) {
        long first = jdbc.queryForObject("select next_serial from card_serial_counter where id = 1 for update", Long.class);
        jdbc.update("update card_serial_counter set next_serial = ? where id = 1", first + quantity);
        return first;
    }

    private void live(String serial, boolean live) {
        jdbc.update("update card_pin set live = ? where serial = ?", live, serial);
    }
}
