package org.juiceledger.kernel.account;

import java.util.List;

/** A batch adjustment over many accounts with one reason: every line or none. */
public record AdjustBalances(String reason, List<AdjustmentLine> lines) {

    public AdjustBalances {
        lines = List.copyOf(lines);
    }
}
