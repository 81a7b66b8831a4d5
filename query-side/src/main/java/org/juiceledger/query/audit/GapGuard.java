package org.juiceledger.query.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Decides when the chain may link past a gap in the global index. A gap is either a transaction
 * still running (it took its index before the event after the gap and will commit soon) or one
 * that rolled back (the index is lost for good). Every index in a gap was taken before the event
 * after it was inserted, so once that event has been visible for the timeout, every transaction
 * that could still fill the gap has been open at least that long: the gap is then taken as
 * permanent. An event that commits into a gap later still is not linked; verification reports it.
 */
final class GapGuard {

    private final Clock clock;
    private final Duration timeout;
    private final Map<Long, Instant> visibleSince = new HashMap<>();

    GapGuard(Clock clock, Duration timeout) {
        this.clock = clock;
        this.timeout = timeout;
    }

    /** Whether the event at {@code position} may be linked right after {@code previousPosition}. */
    synchronized boolean mayLink(long previousPosition, long position) {
        if (position == previousPosition + 1) {
            return true;
        }
        Instant now = clock.instant();
        Instant seen = visibleSince.computeIfAbsent(position, p -> now);
        return !now.isBefore(seen.plus(timeout));
    }

    /** Notes when each gap between these consecutive stored positions was first seen. */
    synchronized void seeGaps(long[] positions) {
        Instant now = clock.instant();
        for (int i = 1; i < positions.length; i++) {
            if (positions[i] != positions[i - 1] + 1) {
                visibleSince.putIfAbsent(positions[i], now);
            }
        }
    }

    /** Forgets the gaps below the chain's head: they are behind it. */
    synchronized void linkedUpTo(long position) {
        visibleSince.keySet().removeIf(p -> p <= position);
    }

    synchronized int waiting() {
        return visibleSince.size();
    }
}
