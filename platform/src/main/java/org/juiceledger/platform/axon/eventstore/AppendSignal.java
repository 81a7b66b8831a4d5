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
 * every 500 ms. The callback runs when an append commits on this node and again shortly after
 * (Axon's event store may not have fetched the new events yet when the first one runs), and on a
 * tick for events appended by other nodes.
 */
public final class AppendSignal implements AutoCloseable {

    private static final long[] WAKE_DELAYS_MS = {0, 10, 50};
    private final Map<Object, Runnable> callbacks = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "append-signal");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean pending = new AtomicBoolean();

    public AppendSignal(long tickMillis) {
        timer.scheduleWithFixedDelay(this::fire, tickMillis, tickMillis, TimeUnit.MILLISECONDS);
    }

    void register(Object stream, Runnable callback) {
        callbacks.put(stream, callback);
    }

    void unregister(Object stream) {
        callbacks.remove(stream);
    }

    /** Wakes the processors once the running transaction commits (at once without one). */
    void afterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            wake();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                wake();
            }
        });
    }

    void wake() {
        if (pending.compareAndSet(false, true)) {
            timer.execute(() -> pending.set(false));
            for (long delay : WAKE_DELAYS_MS) {
                timer.schedule(this::fire, delay, TimeUnit.MILLISECONDS);
            }
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
