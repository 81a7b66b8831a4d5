package org.juiceledger.query.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One line of a journal entry: an amount on the debit or on the credit side of one ledger account.
 * Amounts are exact, scale 2, never negative, and exactly one side is above zero.
 */
public record JournalLine(String ledgerAccount, BigDecimal debit, BigDecimal credit) {

    public JournalLine {
        Objects.requireNonNull(ledgerAccount, "ledgerAccount");
        debit = exact(debit);
        credit = exact(credit);
        if (debit.signum() < 0 || credit.signum() < 0 || (debit.signum() == 0) == (credit.signum() == 0)) {
            throw new IllegalArgumentException("A journal line has one positive side: " + ledgerAccount + " "
                    + debit + "/" + credit);
        }
    }

    public static JournalLine debit(String ledgerAccount, BigDecimal amount) {
        return new JournalLine(ledgerAccount, amount, BigDecimal.ZERO);
    }

    public static JournalLine credit(String ledgerAccount, BigDecimal amount) {
        return new JournalLine(ledgerAccount, BigDecimal.ZERO, amount);
    }

    /** The same amount on the other side: what a reversal posts. */
    public JournalLine mirrored() {
        return new JournalLine(ledgerAccount, credit, debit);
    }

    /** Debit minus credit. */
    public BigDecimal net() {
        return debit.subtract(credit);
    }

    static BigDecimal exact(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
