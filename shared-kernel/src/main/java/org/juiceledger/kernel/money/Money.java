package org.juiceledger.kernel.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact amount of the deployment's one currency, always with {@value #SCALE} decimals. It may
 * be negative (a reversal, a debit); whether a figure may be negative is the caller's rule.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final int SCALE = 2;
    /** The largest amount, as text for constraint annotations. */
    public static final String MAX_TEXT = "1000000000.00";
    /** Digits before the decimal point of the largest amount. */
    public static final int INTEGER_DIGITS = 10;
    private static final BigDecimal MAX = new BigDecimal(MAX_TEXT);
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        if (amount == null) {
            throw new IllegalArgumentException("amount is required");
        }
        if (amount.stripTrailingZeros().scale() > SCALE) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "An amount has at most " + SCALE + " decimals");
        }
        if (amount.abs().compareTo(MAX) > 0) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "An amount may not exceed " + MAX);
        }
        amount = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    @JsonCreator
    public static Money of(BigDecimal amount) {
        return new Money(amount);
    }

    public static Money of(String amount) {
        return new Money(new BigDecimal(amount));
    }

    /** A positive amount, as every amount a user enters must be. */
    public static Money positive(BigDecimal amount, String field) {
        if (amount == null || amount.signum() <= 0) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, field + " must be above zero");
        }
        return new Money(amount);
    }

    @JsonValue
    @Override
    public BigDecimal amount() {
        return amount;
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public Money negated() {
        return new Money(amount.negate());
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /** This share of the amount, rounded down to the cent so no one is charged more than the percent. */
    public Money percent(BigDecimal percent) {
        return new Money(amount.multiply(percent).divide(HUNDRED, SCALE, RoundingMode.DOWN));
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
