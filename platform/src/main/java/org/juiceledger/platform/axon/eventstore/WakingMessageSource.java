package org.juiceledger.platform.axon.eventstore;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The event store as a pooled processor's source: streams that call back when {@link AppendSignal}
 * fires and tell the storage engine which events their processor has no handler for.
 */
public final class WakingMessageSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    private final StreamableMessageSource<TrackedEventMessage<?>> source;
    private final AppendSignal signal;

    public WakingMessageSource(StreamableMessageSource<TrackedEventMessage<?>> source, AppendSignal signal) {
        this.source = source;
        this.signal = signal;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
        return new WakingStream(source.openStream(token));
    }

    @Override
    public TrackingToken createTailToken() {
        return source.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return source.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return source.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return source.createTokenSince(duration);
    }

    /**
     * A processor's stream. It calls back when {@link AppendSignal} fires, and it passes on the
     * payload types the processor has no handler for. Axon's coordinator names them through
     * {@link #skipMessagesWithPayloadTypeOf}; the embedded store's streams ignore that, so every
     * processor handed every event to its segments only to ignore it there. The storage engine
     * reading for this stream now leaves those rows out ({@link SkippingSpliterator}), and asks the
     * store only when it may hold something new ({@link StreamReading}).
     */
    private final class WakingStream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> stream;
        private final StreamReading reading = new StreamReading(signal);

        private WakingStream(BlockingStream<TrackedEventMessage<?>> stream) {
            this.stream = stream;
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            signal.register(this, callback);
            return true;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return reading(stream::peek);
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return reading.whileReading(() -> stream.hasNextAvailable(timeout, unit));
        }

        @Override
        public boolean hasNextAvailable() {
            return reading(stream::hasNextAvailable);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return reading.whileReading(stream::nextAvailable);
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            reading.skip(ignoredMessage.getPayloadType().getName());
        }

        private <T> T reading(StreamReading.Read<T> read) {
            try {
                return reading.whileReading(read);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading events", e);
            }
        }

        @Override
        public void close() {
            signal.unregister(this);
            stream.close();
        }
    }
}
