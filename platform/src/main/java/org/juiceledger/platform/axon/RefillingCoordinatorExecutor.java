package org.juiceledger.platform.axon;

import org.axonframework.common.AxonThreadFactory;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The thread of a pooled processor's coordinator, which comes back to full work packages sooner
 * than Axon would. Axon's coordinator hands every event it reads to every work package of its
 * processor and stops reading when one of them holds 1,024; it then looks again after a fixed
 * 100 ms. A work package gets through its 1,024 events well within that and waits, so a processor
 * that is far behind (a replay, a million-card batch) moved at most about two thousand events per
 * 100 ms, however fast the machine (docs/performance.md, "what the replay waits on"). That wait is
 * the only 100 ms delay the coordinator asks its executor for; this executor runs it after
 * {@code refill} instead. At the head of the store the work packages are never full and nothing
 * changes.
 */
class RefillingCoordinatorExecutor extends ScheduledThreadPoolExecutor {

    /** The delay Axon 4.13's {@code Coordinator} asks for when its work packages are full. */
    static final long AXONS_FULL_WAIT_MILLIS = 100;

    private final long refillMillis;

    RefillingCoordinatorExecutor(String processorName, Duration refill) {
        super(1, new AxonThreadFactory("Coordinator[" + processorName + "]"));
        this.refillMillis = refill.toMillis();
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return unit.toMillis(delay) == AXONS_FULL_WAIT_MILLIS
                ? super.schedule(command, refillMillis, TimeUnit.MILLISECONDS)
                : super.schedule(command, delay, unit);
    }
}
