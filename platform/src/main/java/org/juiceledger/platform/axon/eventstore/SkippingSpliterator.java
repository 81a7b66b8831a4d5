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
 * it advanced, so an event delivered later covers the skipped ones before it. So is every
 * thousandth skipped event in a row, so that reading past a million-card batch neither holds the
 * processor's coordinator for long nor leaves its position behind until the end.
 */
final class SkippingSpliterator extends Spliterators.AbstractSpliterator<TrackedEventData<?>> {

    static final int MOST_SKIPPED_IN_A_ROW = 1_000;
    private final Spliterator<? extends TrackedEventData<?>> stored;
    private final Set<String> skippedTypeNames;
    private TrackedEventData<?> read;

    SkippingSpliterator(Spliterator<? extends TrackedEventData<?>> stored, Set<String> skippedTypeNames) {
        super(Long.MAX_VALUE, ORDERED | NONNULL);
        this.stored = stored;
        this.skippedTypeNames = skippedTypeNames;
    }

    @Override
    public boolean tryAdvance(Consumer<? super TrackedEventData<?>> action) {
        TrackedEventData<?> lastSkipped = null;
        int skipped = 0;
        while (stored.tryAdvance(event -> read = event)) {
            TrackedEventData<?> event = read;
            if (skippedTypeNames.isEmpty() || !skippedTypeNames.contains(event.getPayload().getType().getName())
                    || ++skipped == MOST_SKIPPED_IN_A_ROW) {
                action.accept(event);
                return true;
            }
            lastSkipped = event;
        }
        if (lastSkipped != null) {
            action.accept(lastSkipped);
            return true;
        }
        return false;
    }
}
