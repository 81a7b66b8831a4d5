package org.juiceledger.query.projection;

import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * How far the segments this node does not hold are (held by other query nodes, or by nobody). A
 * segment's stored token moves only when its node commits a batch of events for it, so a segment
 * with nothing to do looks behind: it counts as current up to just before the first stored event it
 * would handle, found by reading the events after its token (at most {@link #EVENTS_MAX}).
 */
@Component
class SegmentsHeldElsewhere {

    /** A segment's position as far as this node can tell; {@code rebuilding} while its replay is not done. */
    record Position(long position, boolean rebuilding) {
    }

    private static final int EVENTS_MAX = 2000;
    /** Reads poll the progress every few milliseconds; one look at the database serves them for this long. */
    private static final long FRESH_NANOS = 20_000_000;
    private final Map<String, Seen> lastSeen = new ConcurrentHashMap<>();
    private final StoredTokens tokens;
    private final ObjectProvider<EventStorageEngine> storage;
    private final Map<String, Integer> segmentCounts = new ConcurrentHashMap<>();

    SegmentsHeldElsewhere(StoredTokens tokens, ObjectProvider<EventStorageEngine> storage) {
        this.tokens = tokens;
        this.storage = storage;
    }

    /** No query while this node holds as many segments as the processor had last time. */
    List<Position> of(String name, StreamingEventProcessor processor, Set<Integer> heldHere, LongSupplier headPosition) {
        Integer known = segmentCounts.get(name);
        if (known != null && heldHere.size() >= known) {
            return List.of();
        }
        Seen seen = lastSeen.get(name);
        if (seen != null && System.nanoTime() - seen.atNanos < FRESH_NANOS && seen.heldHere.equals(heldHere)) {
            return seen.positions;
        }
        List<Position> positions = look(name, processor, heldHere, headPosition);
        lastSeen.put(name, new Seen(System.nanoTime(), Set.copyOf(heldHere), positions));
        return positions;
    }

    private record Seen(long atNanos, Set<Integer> heldHere, List<Position> positions) {
    }

    private List<Position> look(String name, StreamingEventProcessor processor, Set<Integer> heldHere,
                                LongSupplier headPosition) {
        Map<Integer, Optional<TrackingToken>> stored = tokens.of(name);
        segmentCounts.put(name, stored.size());
        int[] ids = stored.keySet().stream().mapToInt(Integer::intValue).toArray();
        List<Pending> elsewhere = new ArrayList<>();
        stored.forEach((segment, token) -> {
            if (!heldHere.contains(segment)) {
                elsewhere.add(new Pending(Segment.computeSegment(segment, ids), token.orElse(null)));
            }
        });
        settleAgainstTheEvents(elsewhere, processor, headPosition.getAsLong());
        return elsewhere.stream().map(Pending::position).toList();
    }

    /** Moves each pending segment up to just before its first event, or to the head if it has none. */
    private void settleAgainstTheEvents(List<Pending> pending, StreamingEventProcessor processor, long head) {
        EventStorageEngine engine = storage.getIfAvailable();
        Pending lowest = pending.stream().filter(p -> p.position < head).min((a, b) -> Long.compare(a.position, b.position))
                .orElse(null);
        if (engine == null || lowest == null || !(processor instanceof PooledStreamingEventProcessor pooled)) {
            return;
        }
        EventHandlerInvoker handlers = pooled.eventHandlerInvoker();
        TrackingToken from = lowest.token == null ? null : WrappedToken.unwrapLowerBound(lowest.token);
        try (Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(from, false)) {
            Iterator<? extends TrackedEventMessage<?>> stream = events.iterator();
            boolean reachedHead = false;
            for (int read = 0; read < EVENTS_MAX && !reachedHead; read++) {
                TrackedEventMessage<?> event = stream.hasNext() ? stream.next() : null;
                long position = event == null ? Long.MAX_VALUE : event.trackingToken().position().orElse(-1);
                reachedHead = position > head;
                if (!reachedHead) {
                    pending.stream().filter(p -> !p.settled && p.position < position && handlers.canHandle(event, p.segment))
                            .forEach(p -> p.settle(position - 1));
                }
            }
            if (reachedHead) {
                pending.stream().filter(p -> !p.settled).forEach(p -> p.settle(head));
            }
        }
    }

    private static final class Pending {

        private final Segment segment;
        private final TrackingToken token;
        private long position;
        private boolean settled;

        private Pending(Segment segment, TrackingToken token) {
            this.segment = segment;
            this.token = token;
            this.position = token == null ? -1 : token.position().orElse(-1);
        }

        private void settle(long upTo) {
            position = Math.max(position, upTo);
            settled = true;
        }

        private Position position() {
            boolean rebuilding = token instanceof ReplayToken replay
                    && token.position().orElse(-1) < replay.getTokenAtReset().position().orElse(0);
            return new Position(position, rebuilding);
        }
    }
}
