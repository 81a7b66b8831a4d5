package org.juiceledger.query.verification;

import java.time.Duration;
import java.util.List;

/**
 * Waits, at most a bounded time, until every projection processor that can still move (running, not
 * failing) has processed the events up to a position. Nothing to wait for on an empty store.
 */
final class ProjectionCatchUp {

    private static final long POLL_MILLIS = 50;
    private final ProcessorPositions processors;
    /** The position before the first event: a head there is an empty store. */
    private final long origin;

    ProjectionCatchUp(ProcessorPositions processors, long origin) {
        this.processors = processors;
        this.origin = origin;
    }

    void await(long head, Duration atMost) throws InterruptedException {
        // a wait measured, not a time of day: the monotonic clock
        long deadline = System.nanoTime() + atMost.toNanos();
        while (head > origin && stillMoving(head) && System.nanoTime() - deadline < 0) {
            Thread.sleep(POLL_MILLIS);
        }
    }

    /** Every processor behind the head, moving or not. */
    List<VerificationReport.Lagging> behind(long head) {
        if (head <= origin) {
            return List.of();
        }
        return processors.positions().stream().filter(p -> p.position() < head)
                .map(p -> new VerificationReport.Lagging(p.processor(), p.position())).toList();
    }

    private boolean stillMoving(long head) {
        return processors.positions().stream().anyMatch(p -> p.running() && !p.failing() && p.position() < head);
    }
}
