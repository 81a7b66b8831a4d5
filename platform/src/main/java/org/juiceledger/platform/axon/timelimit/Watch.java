package org.juiceledger.platform.axon.timelimit;

import org.axonframework.messaging.timeout.AxonTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * One unit of work under its {@link TimeLimit}, watched from the scheduler's thread: past each
 * warning a warning with the thread's stack as it is then; at the limit the thread is interrupted.
 * Looks and stop are serialized on the watch, so an interrupt never reaches the thread after
 * {@link #stop} (it would leak into whatever the thread does next).
 */
final class Watch {

    private static final Logger LOG = LoggerFactory.getLogger(TimeLimitInterceptor.class);

    private enum State { RUNNING, INTERRUPTED, STOPPED }

    private final String component;
    private final Class<?> payloadType;
    private final TimeLimit limit;
    private final Thread thread;
    private final ScheduledExecutorService scheduler;
    private final long startedNanos = System.nanoTime();
    private State state = State.RUNNING;
    private ScheduledFuture<?> nextLook;

    private Watch(String component, Class<?> payloadType, TimeLimit limit, Thread thread,
                  ScheduledExecutorService scheduler) {
        this.component = component;
        this.payloadType = payloadType;
        this.limit = limit;
        this.thread = thread;
        this.scheduler = scheduler;
    }

    /** Starts watching the current thread. */
    static Watch start(String component, Class<?> payloadType, TimeLimit limit, ScheduledExecutorService scheduler) {
        Watch watch = new Watch(component, payloadType, limit, Thread.currentThread(), scheduler);
        watch.scheduleAfter(limit.nextLookAfter(Duration.ZERO));
        return watch;
    }

    private synchronized void scheduleAfter(Duration sinceStart) {
        long delay = sinceStart.toNanos() - (System.nanoTime() - startedNanos);
        nextLook = scheduler.schedule(this::look, Math.max(0, delay), TimeUnit.NANOSECONDS);
    }

    private synchronized void look() {
        if (state != State.RUNNING) {
            return;
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startedNanos);
        if (elapsed.compareTo(limit.limit()) >= 0) {
            LOG.error("{} ran past its limit of {} s on thread {}; interrupting it. It was at:{}", task(),
                    limit.limit().toSeconds(), thread.getName(), stackOf(thread));
            state = State.INTERRUPTED;
            thread.interrupt();
            return;
        }
        LOG.warn("{} has run for {} s of its {} s on thread {}; it is at:{}", task(), elapsed.toSeconds(),
                limit.limit().toSeconds(), thread.getName(), stackOf(thread));
        scheduleAfter(limit.nextLookAfter(elapsed));
    }

    /** On the watched thread, once its unit of work is over: no more looks, and no interrupt left behind. */
    synchronized void stop() {
        if (state == State.INTERRUPTED) {
            Thread.interrupted();
        }
        state = State.STOPPED;
        if (nextLook != null) {
            nextLook.cancel(false);
        }
    }

    /** True once the limit interrupted the thread. */
    synchronized boolean expired() {
        return state == State.INTERRUPTED;
    }

    /** The failure to answer with once the limit interrupted the thread (its own failure suppressed). */
    AxonTimeoutException timeout(Exception failure) {
        AxonTimeoutException timeout = new AxonTimeoutException(task() + " ran past its limit of "
                + limit.limit().toSeconds() + " s");
        if (failure != null) {
            timeout.addSuppressed(failure);
        }
        return timeout;
    }

    /** What is watched, named only when a warning or the limit needs it (not on every unit of work). */
    private String task() {
        return component + " " + payloadType.getSimpleName();
    }

    private static String stackOf(Thread thread) {
        return Arrays.stream(thread.getStackTrace()).map(frame -> "\n\tat " + frame).collect(Collectors.joining());
    }
}
