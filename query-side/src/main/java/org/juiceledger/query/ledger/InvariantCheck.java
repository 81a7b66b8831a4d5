package org.juiceledger.query.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The outcome of one invariant check: what the ledger should show ({@code expected}, from the other
 * projections or from the rule) against what it shows ({@code actual}); it holds when they are equal
 * to the cent.
 */
public record InvariantCheck(String name, String description, BigDecimal expected, BigDecimal actual, boolean holds) {

    public static InvariantCheck of(String name, String description, BigDecimal expected, BigDecimal actual) {
        BigDecimal e = cents(expected);
        BigDecimal a = cents(actual);
        return new InvariantCheck(name, description, e, a, e.compareTo(a) == 0);
    }

    private static BigDecimal cents(BigDecimal amount) {
        return (amount == null ? BigDecimal.ZERO : amount).setScale(2, RoundingMode.UNNECESSARY);
    }
}
