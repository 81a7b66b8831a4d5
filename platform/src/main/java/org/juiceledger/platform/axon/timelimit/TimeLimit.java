package org.juiceledger.platform.axon.timelimit;

import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;

import java.time.Duration;

/**
 * How long a unit of work may run before its thread is interrupted and it fails, and after how long
 * (and how often after that) a warning with the thread's stack is logged while it still runs.
 */
public record TimeLimit(@NotNull @DurationMin(millis = 1) Duration limit,
                        @NotNull @DurationMin(millis = 1) Duration warnAfter) {

    /** When the next look is due, {@code elapsed} after the start: the next warning or the limit. */
    Duration nextLookAfter(Duration elapsed) {
        Duration warning = warnAfter.multipliedBy(elapsed.dividedBy(warnAfter) + 1);
        return warning.compareTo(limit) < 0 ? warning : limit;
    }
}
