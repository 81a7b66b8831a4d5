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
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine reading for a processor's stream learns the types the processor skips, as it names them. */
class WakingMessageSourceTest {

    private final List<Set<String>> seenByTheEngine = new ArrayList<>();
    private final AppendSignal signal = new AppendSignal(60_000, 20);
    private final WakingMessageSource source = new WakingMessageSource(token -> new EngineStream(), signal);

    @AfterEach
    void close() {
        signal.close();
    }

    @Test
    void theEngineReadingForTheStreamKnowsItsSkippedTypes() throws Exception {
        try (BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null)) {
            TrackedEventMessage<?> card = stream.nextAvailable();
            assertThat(seenByTheEngine.get(0)).isEmpty();

            stream.skipMessagesWithPayloadTypeOf(card);
            stream.hasNextAvailable();
            stream.peek();
            stream.nextAvailable();
            assertThat(seenByTheEngine.subList(1, 4)).allSatisfy(names -> assertThat(names).containsExactly("java.lang.String"));
        }
        assertThat(StreamReading.ofThisThread()).as("nothing is left on the thread").isNull();
    }

    /** What the storage engine's stream sees while the processor's stream reads it. */
    private final class EngineStream implements BlockingStream<TrackedEventMessage<?>> {

        private long position;

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            seenByTheEngine.add(Set.copyOf(StreamReading.ofThisThread().skippedTypeNames()));
            return Optional.of(event());
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) {
            seenByTheEngine.add(Set.copyOf(StreamReading.ofThisThread().skippedTypeNames()));
            return true;
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() {
            seenByTheEngine.add(Set.copyOf(StreamReading.ofThisThread().skippedTypeNames()));
            TrackedEventMessage<?> next = event();
            position++;
            return next;
        }

        private TrackedEventMessage<?> event() {
            return new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(position),
                    GenericEventMessage.asEventMessage("card " + position));
        }

        @Override
        public void close() {
        }
    }
}
