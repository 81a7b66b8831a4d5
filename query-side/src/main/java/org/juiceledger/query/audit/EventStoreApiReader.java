package org.juiceledger.query.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.juiceledger.platform.axon.EventJson;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads the events through Axon's event store API: the global stream with
 * {@link EventStore#openStream(TrackingToken)} (one stream per page, closed after it), one aggregate
 * with {@link EventStore#readEvents(String, long)}. This is how the query side reads Axon Server,
 * which keeps the events itself. Positions are the tracking token's: from 0 with Axon Server, the
 * global index (from 1) with the JDBC store. A page up to a position known to exist waits for the
 * stream to deliver it (bounded), so a page is never cut short by a slow stream.
 *
 * <p>What is hashed: the payload as the event serializer gives it (the stored bytes when the
 * message still holds them, else written again from the event), the metadata as JSON with its keys
 * sorted (Axon Server keeps metadata as typed values, not bytes), the timestamp as Axon's ISO-8601
 * text. An aggregate's events carry the position the hash chain gave them, or none before they are
 * linked: Axon Server does not say it on an aggregate's stream.
 */
public final class EventStoreApiReader implements EventReader {

    private final EventStore store;
    private final Supplier<Serializer> serializer;
    private final boolean gapAwareTokens;
    private final Function<List<String>, Map<String, Long>> linkedPositions;
    private final Duration arrival;
    private final ObjectMapper metadataJson = EventJson.mapper().copy()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    /**
     * @param gapAwareTokens   true for the JDBC store (its positions start at 1, tokens carry gaps),
     *                         false for Axon Server (dense positions from 0)
     * @param linkedPositions  the chain's positions of these event ids (those linked)
     * @param arrival          how long a page waits for the next event it knows exists
     */
    public EventStoreApiReader(EventStore store, Supplier<Serializer> serializer, boolean gapAwareTokens,
                               Function<List<String>, Map<String, Long>> linkedPositions, Duration arrival) {
        this.store = store;
        this.serializer = serializer;
        this.gapAwareTokens = gapAwareTokens;
        this.linkedPositions = linkedPositions;
        this.arrival = arrival;
    }

    @Override
    public long origin() {
        return gapAwareTokens ? 0 : -1;
    }

    @Override
    public long head() {
        TrackingToken head = store.createHeadToken();
        return head == null ? origin() : Math.max(origin(), head.position().orElse(origin()));
    }

    /** Positions are dense with Axon Server; with the JDBC store the gaps are counted by reading. */
    @Override
    public long count(long upTo) {
        if (!gapAwareTokens) {
            return Math.max(0, upTo - origin());
        }
        long count = 0;
        long after = origin();
        for (List<StoredEvent> page = between(after, upTo, 1000); !page.isEmpty(); page = between(after, upTo, 1000)) {
            count += page.size();
            after = page.get(page.size() - 1).position();
        }
        return count;
    }

    @Override
    public List<StoredEvent> after(long afterPosition, int limit) {
        return between(afterPosition, head(), limit);
    }

    @Override
    public List<StoredEvent> between(long afterPosition, long upTo, int limit) {
        List<StoredEvent> page = new ArrayList<>(Math.min(limit, 1000));
        if (upTo <= afterPosition || limit <= 0) {
            return page;
        }
        Serializer events = serializer.get();
        long last = afterPosition;
        try (BlockingStream<TrackedEventMessage<?>> stream = store.openStream(tokenAfter(afterPosition))) {
            while (page.size() < limit) {
                if (!stream.hasNextAvailable((int) arrival.toMillis(), TimeUnit.MILLISECONDS)) {
                    if (head() <= last) {
                        break; // nothing stands after the last one delivered (upTo is no longer stored)
                    }
                    throw new IllegalStateException("The event store did not deliver the events after position "
                            + last + " up to " + upTo + " within " + arrival);
                }
                TrackedEventMessage<?> message = stream.nextAvailable();
                long position = message.trackingToken().position().orElseThrow();
                if (position > upTo) {
                    break;
                }
                page.add(stored(message, position, events));
                last = position;
                if (position == upTo) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the event stream", e);
        }
        return page;
    }

    @Override
    public List<StoredEvent> ofAggregate(String aggregateId, long afterSequence, int limit) {
        Serializer events = serializer.get();
        DomainEventStream stream = store.readEvents(aggregateId, afterSequence + 1);
        List<StoredEvent> page = new ArrayList<>(Math.min(limit, 1000));
        while (page.size() < limit && stream.hasNext()) {
            page.add(stored(stream.next(), StoredEvent.UNKNOWN_POSITION, events));
        }
        if (page.isEmpty()) {
            return page;
        }
        Map<String, Long> positions = linkedPositions.apply(page.stream().map(StoredEvent::eventId).toList());
        return page.stream().map(event -> positions.containsKey(event.eventId())
                ? event.at(positions.get(event.eventId())) : event).toList();
    }

    @Override
    public boolean hasAggregate(String aggregateId) {
        return store.lastSequenceNumberFor(aggregateId).isPresent();
    }

    @Override
    public EventReader on(Connection connection) {
        return this;
    }

    private TrackingToken tokenAfter(long position) {
        if (position <= origin()) {
            return null;
        }
        return gapAwareTokens ? GapAwareTrackingToken.newInstance(position, List.of())
                : new GlobalSequenceTrackingToken(position);
    }

    private StoredEvent stored(EventMessage<?> message, long position, Serializer events) {
        SerializedObject<byte[]> payload = message.serializePayload(events, byte[].class);
        String aggregateId = null;
        long sequence = -1;
        String aggregateType = null;
        if (message instanceof DomainEventMessage<?> domain) {
            aggregateId = domain.getAggregateIdentifier();
            sequence = domain.getSequenceNumber();
            aggregateType = domain.getType();
        }
        return new StoredEvent(position, aggregateId, sequence, aggregateType, message.getIdentifier(),
                payload.getType().getName(), payload.getType().getRevision(),
                DateTimeUtils.formatInstant(message.getTimestamp()), payload.getData(), metadata(message));
    }

    private byte[] metadata(EventMessage<?> message) {
        try {
            return metadataJson.writeValueAsBytes(new TreeMap<>(message.getMetaData()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the metadata of event " + message.getIdentifier(), e);
        }
    }
}
