package org.juiceledger.query.verification;

import org.juiceledger.kernel.account.CashierTake;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.account.TransactionType;
import org.juiceledger.kernel.card.CardSaleReversed;
import org.juiceledger.kernel.card.CardsSold;
import org.juiceledger.kernel.cashier.CashierBatchClosed;
import org.juiceledger.kernel.money.Money;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What each cashier collected, in the batch open at the time (batches closed so far + 1), and each
 * settlement. A reversal gives back, once, what its original collected, in the original cashier's
 * batch open at the time of the reversal. Only the close counts per cashier are kept in memory; the
 * originals are looked up in the expected rows written so far.
 */
final class CashierExpectation implements Expectation {

    static final String CARD_SALE = "Card sale";
    private final ExpectedRows rows;
    private final Connection connection;
    private final Map<String, Long> closedBatches = new HashMap<>();

    CashierExpectation(ExpectedRows rows, Connection connection) {
        this.rows = rows;
        this.connection = connection;
    }

    @Override
    public void apply(ReplayedEvent event) {
        Object payload = event.payload();
        if (payload instanceof TransactionRecorded t) {
            CashierTake take = t.type().cashierTake();
            if (take == CashierTake.TAKE_BACK && t.reversalOf() != null) {
                giveBack(event, t.reversalOf(), t.transactionNumber());
            } else if (take == CashierTake.TENDER) {
                collect(event, event.who(), t.transactionNumber(), t.type().label(), t.tender().name(), t.total());
            }
        } else if (payload instanceof CardsSold sale) {
            collect(event, event.who(), sale.transactionNumber(), CARD_SALE, sale.tender().name(), sale.total());
        } else if (payload instanceof CardSaleReversed reversal) {
            giveBack(event, reversal.transactionNumber(), reversal.reversalNumber());
        } else if (payload instanceof CashierBatchClosed closed) {
            closedBatches.merge(closed.cashier(), 1L, Long::sum);
            rows.add(ExpectedTables.SETTLEMENTS, closed.cashier(), closed.batchNumber(), closed.openedAt(),
                    event.timestamp(), event.whoOrUnknown(), expected(closed, "CASH"), expected(closed, "CC"),
                    expected(closed, "CHECK"), expected(closed, "DC"), closed.declaredCash().amount(),
                    closed.overShort().amount());
        }
    }

    private void collect(ReplayedEvent event, String cashier, long number, String type, String tender, Money amount) {
        add(event, cashier, number, type, tender, amount.amount());
    }

    private void add(ReplayedEvent event, String cashier, long number, String type, String tender, BigDecimal amount) {
        rows.add(ExpectedTables.CASHIER_ACTIVITY, cashier, closedBatches.getOrDefault(cashier, 0L) + 1,
                LocalDate.ofInstant(event.timestamp(), ZoneOffset.UTC), event.timestamp(), number, type, tender,
                amount, event.position());
    }

    private void giveBack(ReplayedEvent event, long originalNumber, long reversalNumber) {
        rows.flush();
        if (!collectedBy(reversalNumber).isEmpty()) {
            return;
        }
        for (Collected original : collectedBy(originalNumber)) {
            add(event, original.cashier(), reversalNumber, TransactionType.REVERSAL.label(), original.tender(),
                    original.amount().negate());
        }
    }

    private List<Collected> collectedBy(long transactionNumber) {
        List<Collected> found = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("select cashier, tender, amount from "
                + ExpectedTables.CASHIER_ACTIVITY.name() + " where transaction_number = ? order by position")) {
            query.setLong(1, transactionNumber);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    found.add(new Collected(rs.getString(1), rs.getString(2), rs.getBigDecimal(3)));
                }
            }
        } catch (SQLException e) {
            throw new VerificationFailedException("Could not look up what transaction " + transactionNumber
                    + " collected", e);
        }
        return found;
    }

    private static BigDecimal expected(CashierBatchClosed closed, String tender) {
        Money amount = closed.expected().get(tender);
        return amount == null ? BigDecimal.ZERO.setScale(2) : amount.amount();
    }

    private record Collected(String cashier, String tender, BigDecimal amount) {
    }
}
