package org.juiceledger.platform.axon.eventstore;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Wakes the pooled processors when events were appended, instead of their 500 ms poll: Axon's
 * coordinator asks a stream for an "events available" callback and, without one, looks again only
 * every 500 ms. The callback runs as soon as Axon's event store has fetched new events (its
 * producer is told of each append on this node when it commits), once more shortly after an
 * append in case that fetch was missed, and on a tick for events appended by other nodes. Wakes
 * that come while one is pending are one wake: under load the processors are called once per
 * fetch, not three times per append.
 */
public final class AppendSignal implements AutoCloseable {

    /** After an append commits, a second look this much later, in case the first was missed. */
    private static final long FALLBACK_DELAY_MS = 50;
    private final Map<Object, Runnable> callbacks = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "append-signal");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean wakePending = new AtomicBoolean();
    private final AtomicBoolean fallbackPending = new AtomicBoolean();

    public AppendSignal(long tickMillis) {
        timer.scheduleWithFixedDelay(this::fire, tickMillis, tickMillis, TimeUnit.MILLISECONDS);
    }

    void register(Object stream, Runnable callback) {
        callbacks.put(stream, callback);
    }

    void unregister(Object stream) {
        callbacks.remove(stream);
    }

    /** Looks again shortly after the running transaction commits (or shortly from now without one). */
    void afterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            fallback();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                fallback();
            }
        });
    }

    /** New events were fetched: wake the processors now. */
    void wake() {
        if (wakePending.compareAndSet(false, true)) {
            timer.execute(() -> {
                wakePending.set(false);
                fire();
            });
        }
    }

    private void fallback() {
        if (fallbackPending.compareAndSet(false, true)) {
            timer.schedule(() -> {
                fallbackPending.set(false);
                fire();
            }, FALLBACK_DELAY_MS, TimeUnit.MILLISECONDS);
        }
    }

    private void fire() {
        callbacks.values().forEach(Runnable::run);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
