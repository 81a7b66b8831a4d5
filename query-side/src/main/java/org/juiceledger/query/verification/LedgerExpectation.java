package org.juiceledger.query.verification;

import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.account.TransactionType;
import org.juiceledger.kernel.card.CardSaleReversed;
import org.juiceledger.kernel.card.CardVoided;
import org.juiceledger.kernel.card.CardsSold;
import org.juiceledger.kernel.cashier.CashierBatchClosed;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The journal: one entry per value-moving event with its lines, each line with its ledger account's
 * balance after it (debit minus credit, in stream order), and every account's totals at the end. A
 * reversal mirrors the lines its original posted, looked up in the expected journal written so far;
 * the Reversal of a Juice Card redemption with a card refund mirrors only where the money went and
 * credits the wallet instead of the card float (a Reversal stored before card refunds, revision 1,
 * mirrors the whole entry, card float included). An event the rules cannot post is reported: the
 * ledger projection stops on it.
 */
final class LedgerExpectation implements Expectation {

    static final String ENTRY_PROJECTION = "journal_entry";
    private static final BigDecimal NONE = BigDecimal.ZERO.setScale(2);
    private final ExpectedRows rows;
    private final Connection connection;
    private final Mismatches mismatches;
    private final Map<String, Totals> totals = new TreeMap<>();

    LedgerExpectation(ExpectedRows rows, Connection connection, Mismatches mismatches) {
        this.rows = rows;
        this.connection = connection;
        this.mismatches = mismatches;
    }

    @Override
    public void apply(ReplayedEvent event) {
        Object payload = event.payload();
        String who = event.who() == null || event.who().isBlank() ? "unknown" : event.who();
        if (payload instanceof TransactionRecorded t) {
            String key = "TX:" + t.transactionNumber() + ":" + t.accountNumber();
            if (t.type() == TransactionType.REVERSAL) {
                reversal(event, t, key, who);
            } else {
                post(event, who, key, t.type().label(), t.transactionNumber(), t.accountNumber(), null,
                        LedgerRules.transaction(t, who));
            }
        } else if (payload instanceof CardsSold sale) {
            post(event, who, "SALE:" + sale.transactionNumber(), "Card sale of " + sale.serials().size(),
                    sale.transactionNumber(), null, null, LedgerRules.cardsSold(sale, who));
        } else if (payload instanceof CardSaleReversed reversal) {
            String originalKey = "SALE:" + reversal.transactionNumber();
            List<ExpectedEntry.Line> original = linesOf(originalKey);
            if (original.isEmpty()) {
                unpostable(event, "a card sale reversal whose sale " + originalKey + " posted nothing");
                return;
            }
            post(event, who, "SALE:" + reversal.reversalNumber(), "Reversal of card sale " + reversal.transactionNumber(),
                    reversal.reversalNumber(), null, originalKey, ExpectedEntry.mirrorOf(original));
        } else if (payload instanceof CardVoided voided) {
            post(event, who, "VOID:" + voided.serial(), "Card " + voided.serial() + " voided", null, null, null,
                    LedgerRules.cardVoided(voided));
        } else if (payload instanceof CashierBatchClosed closed) {
            post(event, who, "CLOSE:" + closed.cashier() + ":" + closed.batchNumber(),
                    "Batch " + closed.batchNumber() + " of " + closed.cashier() + " closed", null, null, null,
                    LedgerRules.batchClosed(closed));
        }
    }

    private void reversal(ReplayedEvent event, TransactionRecorded t, String key, String who) {
        if (t.reversalOf() == null) {
            unpostable(event, "a Reversal that names no original");
            return;
        }
        String originalKey = "TX:" + t.reversalOf() + ":" + t.accountNumber();
        List<ExpectedEntry.Line> original = linesOf(originalKey);
        if (original.isEmpty()) {
            if (LedgerRules.carriesMoney(t)) {
                unpostable(event, "a Reversal that moves money while its original " + originalKey + " posted nothing");
            }
            return;
        }
        if (t.cardRefund() == null) {
            post(event, who, key, "Reversal of " + t.reversalOf(), t.transactionNumber(), t.accountNumber(),
                    originalKey, ExpectedEntry.mirrorOf(original));
            return;
        }
        ExpectedEntry refund = LedgerRules.cardRefund(original, t.cardRefund().amount());
        if (refund == null) {
            unpostable(event, "a card refund of " + t.cardRefund() + " whose redemption " + originalKey
                    + " did not take exactly that out of " + LedgerRules.CARD_FLOAT + ": " + original);
            return;
        }
        post(event, who, key, "Reversal of " + t.reversalOf() + ", card value to the wallet", t.transactionNumber(),
                t.accountNumber(), originalKey, refund);
    }

    private void post(ReplayedEvent event, String who, String sourceKey, String description, Long transactionNumber,
                      String accountNumber, String mirrorOf, ExpectedEntry entry) {
        if (entry == null) {
            unpostable(event, "no posting rule applies to " + sourceKey);
            return;
        }
        if (entry.isEmpty()) {
            return;
        }
        if (!entry.balanced()) {
            unpostable(event, "the entry for " + sourceKey + " does not balance: " + entry.lines());
            return;
        }
        rows.add(ExpectedTables.JOURNAL_ENTRIES, event.eventId(), event.position(), sourceKey, event.typeName(),
                description, transactionNumber, accountNumber, who, event.timestamp(), mirrorOf);
        int lineNo = 0;
        for (ExpectedEntry.Line line : entry.lines()) {
            Totals account = totals.computeIfAbsent(line.account(), a -> new Totals());
            account.add(line);
            rows.add(ExpectedTables.JOURNAL_LINES, event.eventId(), sourceKey, ++lineNo, line.account(), line.debit(),
                    line.credit(), account.net(), event.position(), event.timestamp());
        }
    }

    private void unpostable(ReplayedEvent event, String reason) {
        mismatches.add(new Mismatch(ENTRY_PROJECTION, event.eventId(), "(posting)", "a balanced entry",
                "event at position " + event.position() + " cannot be posted: " + reason));
    }

    /** The lines of the first entry posted under this source key, in line order; empty if none. */
    private List<ExpectedEntry.Line> linesOf(String sourceKey) {
        rows.flush();
        String table = ExpectedTables.JOURNAL_LINES.name();
        List<ExpectedEntry.Line> lines = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("select ledger_account, debit, credit from " + table
                + " where source_key = ? and global_position = (select min(global_position) from " + table
                + " where source_key = ?) order by line_no")) {
            query.setString(1, sourceKey);
            query.setString(2, sourceKey);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    lines.add(new ExpectedEntry.Line(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3)));
                }
            }
        } catch (SQLException e) {
            throw new VerificationFailedException("Could not look up the entry of " + sourceKey, e);
        }
        return lines;
    }

    @Override
    public void finish() {
        totals.forEach((account, t) -> rows.add(ExpectedTables.LEDGER_BALANCES, account, t.debit, t.credit, t.lines));
    }

    private static final class Totals {
        private BigDecimal debit = NONE;
        private BigDecimal credit = NONE;
        private long lines;

        void add(ExpectedEntry.Line line) {
            debit = debit.add(line.debit());
            credit = credit.add(line.credit());
            lines++;
        }

        BigDecimal net() {
            return debit.subtract(credit);
        }
    }
}
