package org.juiceledger.query.ledger;

import org.juiceledger.kernel.money.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The lines of one journal entry being put together. Amounts are signed on the way in (a negative
 * debit is a credit, zero posts no line), so every line ends up positive on one side.
 */
public final class Posting {

    private final List<JournalLine> lines = new ArrayList<>();

    public static Posting none() {
        return new Posting();
    }

    public static Posting of(List<JournalLine> lines) {
        Posting posting = new Posting();
        posting.lines.addAll(lines);
        return posting;
    }

    public Posting debit(String ledgerAccount, Money amount) {
        return debit(ledgerAccount, amount.amount());
    }

    public Posting credit(String ledgerAccount, Money amount) {
        return credit(ledgerAccount, amount.amount());
    }

    public Posting debit(String ledgerAccount, BigDecimal amount) {
        if (amount.signum() > 0) {
            lines.add(JournalLine.debit(ledgerAccount, amount));
        } else if (amount.signum() < 0) {
            lines.add(JournalLine.credit(ledgerAccount, amount.negate()));
        }
        return this;
    }

    public Posting credit(String ledgerAccount, BigDecimal amount) {
        return debit(ledgerAccount, amount.negate());
    }

    /** The exact mirror: the same lines, in the same order, with debit and credit swapped. */
    public Posting mirror() {
        return of(lines.stream().map(JournalLine::mirrored).toList());
    }

    public List<JournalLine> lines() {
        return Collections.unmodifiableList(lines);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public BigDecimal totalDebit() {
        return lines.stream().map(JournalLine::debit).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public BigDecimal totalCredit() {
        return lines.stream().map(JournalLine::credit).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** Throws unless the debits equal the credits (to the cent) and there are at least two lines. */
    public Posting assertBalanced(String what) {
        if (lines.size() < 2 || totalDebit().compareTo(totalCredit()) != 0) {
            throw new UnbalancedEntryException("Unbalanced journal entry for " + what + ": debits " + totalDebit()
                    + ", credits " + totalCredit() + ", lines " + lines);
        }
        return this;
    }

    @Override
    public String toString() {
        return lines.toString();
    }
}
