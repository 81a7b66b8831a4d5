package org.juiceledger.platform.axon.eventstore;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The event store as a pooled processor's source: streams that call back when {@link AppendSignal}
 * fires and leave out the events the processor has no handler for.
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
     * A processor's stream. It calls back when {@link AppendSignal} fires. It also leaves out the
     * payload types the processor said it has no handler for. Axon's coordinator says so through
     * {@link #skipMessagesWithPayloadTypeOf}, but the embedded store's streams ignore it. In a replay
     * over a store of card batches, four of the five processors then spent half their time handing
     * {@code CardIssued} events to their segments only to ignore them. A skipped event is still
     * delivered when no event follows it yet: the processor's token must reach the newest event,
     * or the processor would look behind. The next event's token covers the skipped ones, because
     * each token is the one before it advanced.
     */
    private final class WakingStream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> stream;
        private final Set<Class<?>> skippedTypes = new HashSet<>();
        /** The newest skipped event, taken from the stream: delivered only if nothing follows it. */
        private TrackedEventMessage<?> lastSkipped;
        /** Once {@link #peek} has shown the held event, it is the next one delivered. */
        private boolean lastSkippedShown;

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
            if (!lastSkippedShown && skipAhead()) {
                return stream.peek();
            }
            if (lastSkipped == null) {
                return Optional.empty();
            }
            lastSkippedShown = true;
            return Optional.of(lastSkipped);
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return lastSkippedShown || skipAhead() || lastSkipped != null || stream.hasNextAvailable(timeout, unit);
        }

        @Override
        public boolean hasNextAvailable() {
            return lastSkippedShown || skipAhead() || lastSkipped != null;
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            if ((lastSkippedShown || !skipAhead()) && lastSkipped != null) {
                TrackedEventMessage<?> next = lastSkipped;
                lastSkipped = null;
                lastSkippedShown = false;
                return next;
            }
            return stream.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            skippedTypes.add(ignoredMessage.getPayloadType());
        }

        /**
         * Takes the skipped events available now, keeping the newest in case nothing follows it.
         * Returns whether an event that is not skipped is available next. Asks the stream once
         * whether more is available when it has none: each time is a query at the store's end.
         */
        private boolean skipAhead() {
            while (stream.hasNextAvailable()) {
                Optional<TrackedEventMessage<?>> next = stream.peek();
                if (next.isEmpty() || !skippedTypes.contains(next.get().getPayloadType())) {
                    lastSkipped = null;
                    return true;
                }
                lastSkipped = take();
            }
            return false;
        }

        private TrackedEventMessage<?> take() {
            try {
                return stream.nextAvailable();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while skipping events", e);
            }
        }

        @Override
        public void close() {
            signal.unregister(this);
            stream.close();
        }
    }
}
