package org.juiceledger.query.card.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.query.card.CardHistoryEntry;
import org.juiceledger.query.card.CardHistoryRepository;
import org.juiceledger.query.card.CardViewRepository;
import org.juiceledger.query.card.CardView;
import org.juiceledger.query.projection.ProjectionNames;
import org.juiceledger.query.support.ReadsProjections;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A card with its full history, and the card inventory report. */
@RestController
@ReadsProjections(ProjectionNames.CARDS)
@Tag(name = "Juice Cards")
@Transactional(readOnly = true)
class CardQueryController {

    private final CardViewRepository cards;
    private final CardHistoryRepository history;

    CardQueryController(CardViewRepository cards, CardHistoryRepository history) {
        this.cards = cards;
        this.history = history;
    }

    @GetMapping("/api/cards/{serial}")
    @PreAuthorize("hasAnyRole('CASHIER', 'CARD_ADMIN', 'FINANCE', 'AUDITOR')")
    CardDetail card(@PathVariable String serial) {
        CardView card = cards.findById(serial)
                .orElseThrow(() -> new DomainException(ErrorCode.CARD_NOT_FOUND, "No card " + serial + "."));
        return new CardDetail(card.getSerial(), card.getBatchId(), card.getDenomination(), card.getState(),
                card.getCustodian(), card.getSaleNumber(), card.getRedeemedBy(), card.getAccountNumber(),
                card.getMeterNumber(), history.findBySerialOrderById(serial).stream().map(HistoryRow::of).toList());
    }

    @GetMapping("/api/reports/card-inventory")
    @PreAuthorize("hasAnyRole('FINANCE', 'CARD_ADMIN', 'AUDITOR', 'SUPERVISOR')")
    Inventory inventory() {
        List<InventoryRow> rows = new ArrayList<>();
        BigDecimal liability = BigDecimal.ZERO.setScale(2);
        for (Object[] row : cards.inventory()) {
            InventoryRow line = new InventoryRow((BigDecimal) row[0], (String) row[1], (String) row[2],
                    (Long) row[3], (BigDecimal) row[4]);
            rows.add(line);
            if ("ACTIVATED".equals(line.state())) {
                liability = liability.add(line.value());
            }
        }
        return new Inventory(rows, liability);
    }

    record CardDetail(String serial, String batchId, BigDecimal denomination, String state, String custodian,
                      Long saleTransaction, Long redemptionTransaction, String accountNumber, String meterNumber,
                      List<HistoryRow> history) {
    }

    record HistoryRow(Instant at, String event, String detail, String who, String channel) {
        static HistoryRow of(CardHistoryEntry entry) {
            return new HistoryRow(entry.getHappenedAt(), entry.getEvent(), entry.getDetail(), entry.getWho(),
                    entry.getChannel());
        }
    }

    record InventoryRow(BigDecimal denomination, String state, String custodian, long quantity, BigDecimal value) {
    }

    /** {@code outstandingLiability}: the face value of activated, unredeemed cards. */
    record Inventory(List<InventoryRow> rows, BigDecimal outstandingLiability) {
    }
}
