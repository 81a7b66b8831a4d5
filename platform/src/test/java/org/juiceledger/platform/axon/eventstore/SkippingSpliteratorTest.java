package org.juiceledger.platform.axon.eventstore;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Rows of skipped types never leave the engine, but the newest row is delivered when nothing follows it. */
class SkippingSpliteratorTest {

    /** The store's rows in order; like Axon's reader, a later call sees rows appended since. */
    private final List<TrackedEventData<?>> stored = new ArrayList<>();
    private final Set<String> skipped = new HashSet<>();
    private final SkippingSpliterator rows = new SkippingSpliterator(new StoreReader(), skipped);

    private final class StoreReader extends Spliterators.AbstractSpliterator<TrackedEventData<?>> {

        private int next;

        StoreReader() {
            super(Long.MAX_VALUE, Spliterator.ORDERED);
        }

        @Override
        public boolean tryAdvance(Consumer<? super TrackedEventData<?>> action) {
            if (next >= stored.size()) {
                return false;
            }
            action.accept(stored.get(next++));
            return true;
        }
    }

    @Test
    void skippedRowsAreLeftOutExceptTheNewest() {
        store("Kept", "Card", "Card", "Kept", "Card");
        skipped.add("Card");
        assertThat(readAll()).containsExactly(0L, 3L, 4L);

        store("Card", "Card");
        assertThat(readAll()).as("the newest skipped row, so the processor's token reaches it").containsExactly(6L);
        assertThat(readAll()).isEmpty();
    }

    @Test
    void typesNamedLaterAreSkippedFromThen() {
        store("Card", "Kept", "Card", "Card", "Kept");
        assertThat(readOne()).isEqualTo(0L);
        skipped.add("Card");
        assertThat(readAll()).containsExactly(1L, 4L);
    }

    @Test
    void aLongRunOfSkippedRowsDeliversEveryThousandthSoTheProcessorMovesOn() {
        skipped.add("Card");
        for (int i = 0; i < 2_500; i++) {
            store("Card");
        }
        store("Kept");
        assertThat(readAll()).containsExactly(999L, 1_999L, 2_500L);
    }

    private void store(String... types) {
        for (String type : types) {
            long position = stored.size();
            stored.add(new TrackedDomainEventData<>(new GlobalSequenceTrackingToken(position),
                    new GenericDomainEventEntry<>("Aggregate", "a-" + position, 0, "e-" + position,
                            Instant.EPOCH, type, null, new byte[0], new byte[0])));
        }
    }

    private long readOne() {
        List<Long> read = new ArrayList<>();
        rows.tryAdvance(row -> read.add(row.trackingToken().position().orElseThrow()));
        return read.get(0);
    }

    private List<Long> readAll() {
        List<Long> read = new ArrayList<>();
        while (rows.tryAdvance(row -> read.add(row.trackingToken().position().orElseThrow()))) {
            // reads on
        }
        return read;
    }
}
