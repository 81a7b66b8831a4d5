package org.juiceledger.standalone.console.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How long a chart's bar is against the largest one; a value above zero always shows (2 units at least). */
final class Bars {

    private Bars() {
    }

    static int length(BigDecimal value, BigDecimal largest, int max) {
        if (largest.signum() <= 0 || value.signum() <= 0) {
            return 0;
        }
        int length = value.multiply(BigDecimal.valueOf(max)).divide(largest, 0, RoundingMode.DOWN).intValueExact();
        return Math.max(2, length);
    }

    static int length(long value, long largest, int max) {
        return length(BigDecimal.valueOf(value), BigDecimal.valueOf(largest), max);
    }
}
