package org.juiceledger.platform.axon.eventstore;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A processor's stream leaves out the types it said it cannot handle, and still reaches the newest event. */
class WakingMessageSourceTest {

    /** The store's events in order, as the JDBC engine's stream reads them: what is appended later is read later. */
    private final List<TrackedEventMessage<?>> stored = new ArrayList<>();
    private final AppendSignal signal = new AppendSignal(60_000);
    private final WakingMessageSource source = new WakingMessageSource(token -> new StoreStream(), signal);

    @AfterEach
    void close() {
        signal.close();
    }

    @Test
    void skippedTypesAreLeftOutButTheNewestEventIsDeliveredSoTheTokenReachesTheHead() throws Exception {
        append(1, "a", "b", 2, "c", "d");
        try (BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null)) {
            assertThat(stream.nextAvailable().getPayload()).isEqualTo(1);
            TrackedEventMessage<?> ignored = stream.nextAvailable();
            assertThat(ignored.getPayload()).isEqualTo("a");
            stream.skipMessagesWithPayloadTypeOf(ignored);

            TrackedEventMessage<?> two = stream.nextAvailable();
            assertThat(two.getPayload()).isEqualTo(2);
            assertThat(two.trackingToken().covers(ignored.trackingToken())).isTrue();
            TrackedEventMessage<?> last = stream.nextAvailable();
            assertThat(last.getPayload()).as("the newest event, though skipped: nothing follows it").isEqualTo("d");
            assertThat(last.trackingToken().position()).hasValue(5L);
            assertThat(stream.hasNextAvailable()).isFalse();

            append("e", 3);
            assertThat(stream.hasNextAvailable()).isTrue();
            assertThat(stream.nextAvailable().getPayload()).isEqualTo(3);
            assertThat(stream.hasNextAvailable()).isFalse();
        }
    }

    @Test
    void aPeekedEventIsTheNextOneDeliveredEvenIfMoreArrive() throws Exception {
        append("a", "b");
        try (BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null)) {
            stream.skipMessagesWithPayloadTypeOf(stream.nextAvailable());
            assertThat(stream.peek().map(m -> (Object) m.getPayload())).hasValue("b");
            append(1);
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("b");
            assertThat(stream.nextAvailable().getPayload()).isEqualTo(1);
        }
    }

    @Test
    void withoutSkippedTypesEveryEventIsDelivered() throws Exception {
        append(1, "a", 2);
        List<Object> read = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null)) {
            while (stream.hasNextAvailable()) {
                read.add(stream.nextAvailable().getPayload());
            }
        }
        assertThat(read).containsExactly(1, "a", 2);
    }

    private void append(Object... payloads) {
        for (Object payload : payloads) {
            stored.add(new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(stored.size()),
                    GenericEventMessage.asEventMessage(payload)));
        }
    }

    /** Reads {@link #stored} from the start; never blocks (a test that waited would hang). */
    private final class StoreStream implements BlockingStream<TrackedEventMessage<?>> {

        private int next;

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return next < stored.size() ? Optional.of(stored.get(next)) : Optional.empty();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) {
            return next < stored.size();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() {
            if (next >= stored.size()) {
                throw new IllegalStateException("the test read past the newest event");
            }
            return stored.get(next++);
        }

        @Override
        public void close() {
        }
    }
}
