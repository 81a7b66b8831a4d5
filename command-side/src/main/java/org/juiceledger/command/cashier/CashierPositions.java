package org.juiceledger.command.cashier;

import org.juiceledger.kernel.Metadata;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.juiceledger.command.config.CommandSideAxonConfiguration;
import org.juiceledger.command.config.LookupRepair;
import org.juiceledger.kernel.account.Tender;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.card.CardSaleReversed;
import org.juiceledger.kernel.card.CardsSold;
import org.juiceledger.kernel.cashier.CashierBatchClosed;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.kernel.money.Money;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps every cashier's open batch in the transaction of the events that change it, and enforces
 * the limits there: a sale that would take what a cashier owes past their vendor limit, or a credit
 * note or write-off past their special limit, fails the command that caused it. Reversals take the
 * amount back from the batch of the cashier who made the original.
 */
@Component
@ProcessingGroup(CommandSideAxonConfiguration.LOOKUPS)
public class CashierPositions {

    private final JdbcTemplate jdbc;
    private final CashierLimits limits;
    private final Clock clock;

    CashierPositions(JdbcTemplate jdbc, CashierLimits limits, Clock clock) {
        this.jdbc = jdbc;
        this.limits = limits;
        this.clock = clock;
    }

    @EventHandler
    void on(TransactionRecorded t, @MetaDataValue(Metadata.WHO) String who, @Timestamp Instant at) {
        switch (t.type().cashierTake()) {
            case TAKE_BACK -> takeBack(t.reversalOf());
            case TENDER -> collect(who, t.transactionNumber(), t.tender(), t.total(), Money.ZERO, at);
            case SPECIAL -> collect(who, t.transactionNumber(), null, Money.ZERO, t.total(), at);
            case NOTHING -> {
            }
        }
    }

    @EventHandler
    void on(CardsSold sale, @MetaDataValue(Metadata.WHO) String who, @Timestamp Instant at) {
        collect(who, sale.transactionNumber(), sale.tender(), sale.total(), Money.ZERO, at);
    }

    @EventHandler
    void on(CardSaleReversed reversal) {
        takeBack(reversal.transactionNumber());
    }

    /** A new batch opens owing what was not handed over (a shortfall stays owed). */
    @EventHandler
    void on(CashierBatchClosed closed, @Timestamp Instant at) {
        Money handedOver = closed.declaredCash();
        for (Map.Entry<String, Money> tender : closed.expected().entrySet()) {
            if (!tender.getKey().equals(Tender.CASH.name())) {
                handedOver = handedOver.plus(tender.getValue());
            }
        }
        jdbc.update("update cashier_position set batch_number = ?, opened_at = ?, owed = owed - ?, special_used = 0, "
                        + "cash = 0, cc = 0, check_amount = 0, dc = 0 where cashier = ?",
                closed.batchNumber() + 1, java.sql.Timestamp.from(at), handedOver.amount(), closed.cashier());
    }

    public CashierPosition position(String cashier) {
        return find(cashier, "").orElseGet(() -> CashierPosition.empty(cashier, clock.instant()));
    }

    /**
     * The position with its row locked until the running command commits. A cashier who never sold
     * gets their row now, so that a first sale racing this close waits for it.
     */
    public CashierPosition lockedPosition(String cashier) {
        ensurePosition(cashier, clock.instant());
        return find(cashier, " for update").orElseThrow();
    }

    /**
     * The cashiers whose open batch this event will change, as its handlers above change them.
     * {@link CashierPositionLocks} locks their rows before the event is stored.
     */
    Set<String> cashiersMovedBy(Object event, String who) {
        if (event instanceof TransactionRecorded t) {
            return switch (t.type().cashierTake()) {
                case TAKE_BACK -> collectorsOf(t.reversalOf());
                case TENDER, SPECIAL -> Set.of(who);
                case NOTHING -> Set.of();
            };
        }
        if (event instanceof CardsSold) {
            return Set.of(who);
        }
        if (event instanceof CardSaleReversed reversal) {
            return collectorsOf(reversal.transactionNumber());
        }
        return Set.of();
    }

    /**
     * Locks these cashiers' rows (creating any missing) in name order, so two commands cannot
     * deadlock. One round trip for a row that exists: the lock is held while the events are stored.
     */
    void lock(Collection<String> cashiers, Instant at) {
        for (String cashier : new TreeSet<>(cashiers)) {
            if (lockRow(cashier) == 0) {
                ensurePosition(cashier, at);
                lockRow(cashier);
            }
        }
    }

    private int lockRow(String cashier) {
        return jdbc.queryForList("select 1 from cashier_position where cashier = ? for update", cashier).size();
    }

    private Set<String> collectorsOf(long transactionNumber) {
        return Set.copyOf(jdbc.queryForList("select cashier from cashier_entry where transaction_number = ?",
                String.class, transactionNumber));
    }

    private void collect(String cashier, long number, Tender tender, Money collected, Money special, Instant at) {
        ensurePosition(cashier, at);
        jdbc.update("update cashier_position set owed = owed + ?, special_used = special_used + ?"
                        + (tender == null ? "" : ", " + column(tender) + " = " + column(tender) + " + ?")
                        + " where cashier = ?",
                tender == null ? new Object[]{collected.amount(), special.amount(), cashier}
                        : new Object[]{collected.amount(), special.amount(), collected.amount(), cashier});
        jdbc.update("insert into cashier_entry (transaction_number, cashier, tender, collected, special) values (?, ?, ?, ?, ?)",
                number, cashier, tender == null ? null : tender.name(), collected.amount(), special.amount());
        checkLimits(position(cashier), collected, special);
    }

    private void takeBack(long originalNumber) {
        List<Map<String, Object>> entries = jdbc.queryForList(
                "select cashier, tender, collected, special from cashier_entry where transaction_number = ?", originalNumber);
        for (Map<String, Object> entry : entries) {
            String tender = (String) entry.get("tender");
            jdbc.update("update cashier_position set owed = owed - ?, special_used = special_used - ?"
                            + (tender == null ? "" : ", " + column(Tender.valueOf(tender)) + " = "
                            + column(Tender.valueOf(tender)) + " - ?") + " where cashier = ?",
                    tender == null ? new Object[]{entry.get("collected"), entry.get("special"), entry.get("cashier")}
                            : new Object[]{entry.get("collected"), entry.get("special"), entry.get("collected"), entry.get("cashier")});
        }
        jdbc.update("delete from cashier_entry where transaction_number = ?", originalNumber);
    }

    private void checkLimits(CashierPosition position, Money collected, Money special) {
        if (LookupRepair.running()) {
            return;
        }
        CashierLimits.Limits limit = limits.of(position.cashier());
        if (collected.isPositive() && position.owed().compareTo(limit.vendorLimit()) > 0) {
            throw new DomainException(ErrorCode.LIMIT_REACHED, "This sale would take what " + position.cashier()
                    + " holds to " + position.owed() + ", past their vendor limit of " + limit.vendorLimit()
                    + ". Close the batch first.");
        }
        if (special.isPositive() && position.specialUsed().compareTo(limit.specialLimit()) > 0) {
            throw new DomainException(ErrorCode.LIMIT_REACHED, "This would take " + position.cashier()
                    + "'s credit notes and write-offs to " + position.specialUsed() + ", past their special limit of "
                    + limit.specialLimit() + ". Close the batch first.");
        }
    }

    private void ensurePosition(String cashier, Instant at) {
        if (find(cashier, "").isEmpty()) {
            // a cashier's first sales may arrive together: the first insert stands, the others wait for it
            jdbc.update("insert into cashier_position (cashier, batch_number, opened_at, owed, special_used, cash, cc, "
                    + "check_amount, dc) values (?, 1, ?, 0, 0, 0, 0, 0, 0) on conflict do nothing",
                    cashier, java.sql.Timestamp.from(at));
        }
    }

    private Optional<CashierPosition> find(String cashier, String lock) {
        return jdbc.query("select batch_number, opened_at, owed, special_used, cash, cc, check_amount, dc "
                + "from cashier_position where cashier = ?" + lock, (row, i) -> {
            Map<Tender, Money> collected = new EnumMap<>(Tender.class);
            collected.put(Tender.CASH, Money.of(row.getBigDecimal(5)));
            collected.put(Tender.CC, Money.of(row.getBigDecimal(6)));
            collected.put(Tender.CHECK, Money.of(row.getBigDecimal(7)));
            collected.put(Tender.DC, Money.of(row.getBigDecimal(8)));
            return new CashierPosition(cashier, row.getLong(1), row.getTimestamp(2).toInstant(),
                    Money.of(row.getBigDecimal(3)), Money.of(row.getBigDecimal(4)), collected);
        }, cashier).stream().findFirst();
    }

    private static String column(Tender tender) {
        return switch (tender) {
            case CASH -> "cash";
            case CC -> "cc";
            case CHECK -> "check_amount";
            case DC -> "dc";
        };
    }
}
