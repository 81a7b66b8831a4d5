package org.juiceledger.query.verification;

import org.juiceledger.kernel.Metadata;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.juiceledger.query.audit.EventReader;
import org.juiceledger.query.audit.StoredEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads the events up to a head position in pages through an {@link EventReader} (the JDBC store's
 * table on the verification's own connection, so in its snapshot; or Axon's event store API), and
 * turns each event of a type a projection handles into a {@link ReplayedEvent} through the
 * application's upcasters and serializer. Other event types are counted but not deserialized. An
 * event that cannot be read is reported, not skipped silently.
 */
final class EventPages {

    private final EventReader reader;
    private final Serializer serializer;
    private final EventUpcaster upcasters;
    private final Set<String> handledTypes;
    private final int pageSize;

    EventPages(EventReader reader, Serializer serializer, EventUpcaster upcasters, Set<String> handledTypes,
               int pageSize) {
        this.reader = reader;
        this.serializer = serializer;
        this.upcasters = upcasters;
        this.handledTypes = handledTypes;
        this.pageSize = pageSize;
    }

    /** What one page held: how many events, the last position, and the unreadable ones. */
    record Page(int events, long lastPosition, List<Mismatch> unreadable) {
    }

    Page read(long afterPosition, long head, Consumer<ReplayedEvent> handler) {
        List<StoredEvent> page;
        try {
            page = reader.between(afterPosition, head, pageSize);
        } catch (RuntimeException e) {
            throw new VerificationFailedException("Could not read the events after position " + afterPosition, e);
        }
        List<GenericDomainEventEntry<byte[]>> entries = new ArrayList<>(page.size());
        List<Long> positions = new ArrayList<>(page.size());
        long last = afterPosition;
        for (StoredEvent stored : page) {
            last = stored.position();
            if (handledTypes.contains(stored.payloadType())) {
                positions.add(last);
                entries.add(new GenericDomainEventEntry<>(stored.aggregateType(), stored.aggregateId(),
                        stored.sequence(), stored.eventId(), stored.timestamp(), stored.payloadType(),
                        stored.revision(), stored.payload(), stored.metadata()));
            }
        }
        int events = page.size();
        List<Mismatch> unreadable = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            ReplayedEvent event;
            try {
                event = deserialize(positions.get(i), entries.get(i));
            } catch (RuntimeException e) {
                unreadable.add(new Mismatch("event_store", String.valueOf(positions.get(i)), "payload", "readable",
                        "unreadable: " + e.getClass().getSimpleName()));
                continue;
            }
            if (event == null) {
                continue;
            }
            try {
                handler.accept(event);
            } catch (VerificationFailedException e) {
                throw e;
            } catch (RuntimeException e) {
                unreadable.add(new Mismatch("event_store", String.valueOf(event.position()), "payload",
                        "derivable", "cannot be derived: " + e.getClass().getSimpleName() + " " + e.getMessage()));
            }
        }
        return new Page(events, last, unreadable);
    }

    private ReplayedEvent deserialize(long position, GenericDomainEventEntry<byte[]> entry) {
        DomainEventStream stream = EventStreamUtils.upcastAndDeserializeDomainEvents(
                java.util.stream.Stream.of(entry), serializer, upcasters);
        if (!stream.hasNext()) {
            return null;
        }
        DomainEventMessage<?> message = stream.next();
        Object who = message.getMetaData().get(Metadata.WHO);
        Object channel = message.getMetaData().get(Metadata.CHANNEL);
        return new ReplayedEvent(position, message.getIdentifier(), message.getPayload(), message.getTimestamp(),
                who == null ? null : who.toString(), channel == null ? null : channel.toString());
    }
}
