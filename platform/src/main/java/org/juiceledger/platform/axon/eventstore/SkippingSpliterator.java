package org.juiceledger.platform.axon.eventstore;

import org.axonframework.eventhandling.TrackedEventData;

import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;

/**
 * Stored events as a processor's stream reads them, without those whose payload type it skips, so
 * that they never become messages. The newest skipped event is still delivered when nothing
 * follows it yet: the processor's token has to reach it. Each event's token is the one before
 * it advanced, so an event delivered later covers the skipped ones before it. So is a skipped
 * event a thousand positions or more after the one delivered last, so that reading past a
 * million-card batch neither holds the processor's coordinator for long nor leaves its position
 * behind until the end. Positions, not rows: far behind the head the engine hands over only one
 * skipped row per thousand positions ({@link PrefetchingEventStorageEngine#fetchTrackedEvents}).
 */
final class SkippingSpliterator extends Spliterators.AbstractSpliterator<TrackedEventData<?>> {

    static final int MOST_POSITIONS_SKIPPED = 1_000;
    private static final long NONE = Long.MIN_VALUE;
    private final Spliterator<? extends TrackedEventData<?>> stored;
    private final Set<String> skippedTypeNames;
    private TrackedEventData<?> read;
    /** The position of the event delivered last (or of the one before the first read). */
    private long delivered = NONE;

    SkippingSpliterator(Spliterator<? extends TrackedEventData<?>> stored, Set<String> skippedTypeNames) {
        super(Long.MAX_VALUE, ORDERED | NONNULL);
        this.stored = stored;
        this.skippedTypeNames = skippedTypeNames;
    }

    @Override
    public boolean tryAdvance(Consumer<? super TrackedEventData<?>> action) {
        TrackedEventData<?> lastSkipped = null;
        while (stored.tryAdvance(event -> read = event)) {
            TrackedEventData<?> event = read;
            long position = event.trackingToken().position().orElseThrow();
            if (delivered == NONE) {
                delivered = position - 1;
            }
            if (skippedTypeNames.isEmpty() || !skippedTypeNames.contains(event.getPayload().getType().getName())
                    || position - delivered >= MOST_POSITIONS_SKIPPED) {
                return deliver(event, action);
            }
            lastSkipped = event;
        }
        return lastSkipped != null && deliver(lastSkipped, action);
    }

    private boolean deliver(TrackedEventData<?> event, Consumer<? super TrackedEventData<?>> action) {
        delivered = event.trackingToken().position().orElseThrow();
        action.accept(event);
        return true;
    }
}
