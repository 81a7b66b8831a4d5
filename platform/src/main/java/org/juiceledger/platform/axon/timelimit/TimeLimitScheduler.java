package org.juiceledger.platform.axon.timelimit;

import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * The one thread that looks at units of work under a time limit ({@link Watch}). Deliberately not a
 * {@code ScheduledExecutorService} bean: Spring would run every {@code @Scheduled} task on it instead
 * of Spring Boot's task scheduler.
 */
public final class TimeLimitScheduler implements AutoCloseable {

    private final ScheduledThreadPoolExecutor looks = new ScheduledThreadPoolExecutor(1, task -> {
        Thread thread = new Thread(task, "time-limits");
        thread.setDaemon(true);
        return thread;
    });

    public TimeLimitScheduler() {
        // a unit of work that ends in time cancels its look: drop it at once rather than at its time
        looks.setRemoveOnCancelPolicy(true);
    }

    /** Starts watching the current thread's unit of work, named by the component and its message's payload type. */
    Watch watch(String component, Class<?> payloadType, TimeLimit limit) {
        return Watch.start(component, payloadType, limit, looks);
    }

    /** Looks still to come (the watches not yet stopped). */
    int pendingLooks() {
        return looks.getQueue().size();
    }

    @Override
    public void close() {
        looks.shutdownNow();
    }
}
