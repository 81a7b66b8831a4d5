package org.juiceledger.command.account;

import org.axonframework.config.ProcessingGroup;
import org.juiceledger.command.config.CommandSideAxonConfiguration;
import org.axonframework.eventhandling.EventHandler;
import org.juiceledger.kernel.account.MeterRegistered;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.card.CardsSold;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Keeps the account lookup tables in a subscribing processor, so each row commits in the same
 * transaction as the event behind it (and a duplicate meter fails the command that tried).
 */
@Component
@ProcessingGroup(LookupTables.GROUP)
class LookupTables implements AccountLookups {

    static final String GROUP = CommandSideAxonConfiguration.LOOKUPS;
    private final JdbcTemplate jdbc;

    LookupTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(MeterRegistered event) {
        jdbc.update("insert into meter_registry (meter_number, account_number, kind) values (?, ?, ?)",
                event.meterNumber(), event.accountNumber(), event.kind().name());
    }

    @EventHandler
    void on(TransactionRecorded event) {
        index(event.transactionNumber(), TransactionOwner.Kind.ACCOUNT, event.accountNumber());
    }

    @EventHandler
    void on(CardsSold event) {
        index(event.transactionNumber(), TransactionOwner.Kind.CARD_SALE, event.saleId());
    }

    private void index(long transactionNumber, TransactionOwner.Kind kind, String owner) {
        jdbc.update("insert into transaction_index (transaction_number, owner_kind, owner_id) values (?, ?, ?)",
                transactionNumber, kind.name(), owner);
    }

    @Override
    public Optional<String> accountOfMeter(String meterNumber) {
        return jdbc.queryForList("select account_number from meter_registry where meter_number = ?",
                String.class, meterNumber).stream().findFirst();
    }

    @Override
    public List<TransactionOwner> ownersOfTransaction(long transactionNumber) {
        return jdbc.query("select owner_kind, owner_id from transaction_index where transaction_number = ? "
                        + "order by owner_kind, owner_id",
                (row, i) -> new TransactionOwner(TransactionOwner.Kind.valueOf(row.getString(1)), row.getString(2)),
                transactionNumber);
    }
}
