package org.juiceledger.query.verification;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines one event must post, in order. A signed amount goes on its natural side (a negative debit
 * is a credit) and a zero amount posts no line, as docs/ledger.md says.
 */
final class ExpectedEntry {

    /** One line: exactly one of debit and credit is above zero. */
    record Line(String account, BigDecimal debit, BigDecimal credit) {

        Line mirrored() {
            return new Line(account, credit, debit);
        }
    }

    private static final BigDecimal NONE = BigDecimal.ZERO.setScale(2);
    private final List<Line> lines = new ArrayList<>();

    ExpectedEntry debit(String account, BigDecimal amount) {
        int sign = amount.signum();
        if (sign > 0) {
            lines.add(new Line(account, amount.setScale(2), NONE));
        } else if (sign < 0) {
            lines.add(new Line(account, NONE, amount.negate().setScale(2)));
        }
        return this;
    }

    ExpectedEntry credit(String account, BigDecimal amount) {
        return debit(account, amount.negate());
    }

    static ExpectedEntry mirrorOf(List<Line> original) {
        ExpectedEntry mirror = new ExpectedEntry();
        original.forEach(line -> mirror.lines.add(line.mirrored()));
        return mirror;
    }

    List<Line> lines() {
        return List.copyOf(lines);
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    boolean balanced() {
        BigDecimal debits = NONE;
        BigDecimal credits = NONE;
        for (Line line : lines) {
            debits = debits.add(line.debit());
            credits = credits.add(line.credit());
        }
        return lines.size() >= 2 && debits.compareTo(credits) == 0;
    }
}
