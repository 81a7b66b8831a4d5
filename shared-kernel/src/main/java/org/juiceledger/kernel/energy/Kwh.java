package org.juiceledger.kernel.energy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Energy in kWh to a tenth, the resolution of an STS token. Negative only in a reversal. */
public record Kwh(BigDecimal value) implements Comparable<Kwh> {

    public static final int SCALE = 1;
    public static final Kwh ZERO = new Kwh(BigDecimal.ZERO);

    public Kwh {
        if (value == null) {
            throw new IllegalArgumentException("value is required");
        }
        if (value.stripTrailingZeros().scale() > SCALE) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "Energy is given to 0.1 kWh");
        }
        value = value.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    @JsonCreator
    public static Kwh of(BigDecimal value) {
        return new Kwh(value);
    }

    public static Kwh ofTenths(long tenths) {
        return new Kwh(BigDecimal.valueOf(tenths, SCALE));
    }

    /** The whole tenths of a kWh this much money buys at this price, rounded down. */
    public static Kwh boughtWith(BigDecimal money, BigDecimal pricePerKwh) {
        return new Kwh(money.divide(pricePerKwh, SCALE, RoundingMode.DOWN));
    }

    @JsonValue
    @Override
    public BigDecimal value() {
        return value;
    }

    public long tenths() {
        return value.movePointRight(SCALE).longValueExact();
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    public Kwh negated() {
        return new Kwh(value.negate());
    }

    @Override
    public int compareTo(Kwh other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
