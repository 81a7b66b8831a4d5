package org.juiceledger.platform.axon.eventstore;

import org.juiceledger.platform.transaction.AfterCommit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Wakes the pooled processors when events were appended, instead of their 500 ms poll: Axon's
 * coordinator asks a stream for an "events available" callback and, without one, looks again only
 * every 500 ms. Each processor reads the store through a stream of its own, so it sees an append
 * once the append commits. The callback runs a moment after an append commits, one wake for all
 * the appends of that moment (woken at once for each, the five processors would each read and
 * project every single event in a transaction of its own), and on a tick for events appended by
 * other nodes. docs/performance.md compares the choices.
 */
public final class AppendSignal implements AutoCloseable {

    private final Map<Object, Runnable> callbacks = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "append-signal");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean wakePending = new AtomicBoolean();
    private final AtomicLong fired = new AtomicLong();
    /** How long after an append commits the processors are woken, gathering the appends of that moment. */
    private final long gatherMillis;

    public AppendSignal(long tickMillis, long gatherMillis) {
        this.gatherMillis = gatherMillis;
        timer.scheduleWithFixedDelay(this::fire, tickMillis, tickMillis, TimeUnit.MILLISECONDS);
    }

    void register(Object stream, Runnable callback) {
        callbacks.put(stream, callback);
    }

    void unregister(Object stream) {
        callbacks.remove(stream);
    }

    /** Wakes the processors shortly after the running transaction commits (shortly from now without one). */
    void afterCommit() {
        AfterCommit.run(this::wakeSoon);
    }

    private void wakeSoon() {
        if (wakePending.compareAndSet(false, true)) {
            timer.schedule(() -> {
                wakePending.set(false);
                fire();
            }, gatherMillis, TimeUnit.MILLISECONDS);
        }
    }

    private void fire() {
        fired.incrementAndGet();
        callbacks.values().forEach(Runnable::run);
    }

    /**
     * How often the processors have been woken so far. Every append commits before the wake that
     * follows it counts, so a stream that found nothing new when this said {@code n} can find
     * something only once it says more.
     */
    long wakes() {
        return fired.get();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
