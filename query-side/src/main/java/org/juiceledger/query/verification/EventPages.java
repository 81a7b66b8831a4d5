package org.juiceledger.query.verification;

import org.juiceledger.kernel.Metadata;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads {@code domainevententry} up to a head position in pages keyed by the global index, on the
 * verification's own connection (so in its snapshot), and turns each event of a type a projection
 * handles into a {@link ReplayedEvent} through the application's upcasters and serializer. Other
 * event types are counted but not deserialized. An event that cannot be read is reported, not skipped
 * silently.
 */
final class EventPages {

    private static final String PAGE_SQL = "select globalindex, type, aggregateidentifier, sequencenumber, "
            + "eventidentifier, timestamp, payloadtype, payloadrevision, payload, metadata from domainevententry "
            + "where globalindex > ? and globalindex <= ? order by globalindex limit ?";
    private final Connection connection;
    private final Serializer serializer;
    private final EventUpcaster upcasters;
    private final Set<String> handledTypes;
    private final int pageSize;

    EventPages(Connection connection, Serializer serializer, EventUpcaster upcasters, Set<String> handledTypes,
               int pageSize) {
        this.connection = connection;
        this.serializer = serializer;
        this.upcasters = upcasters;
        this.handledTypes = handledTypes;
        this.pageSize = pageSize;
    }

    /** What one page held: how many events, the last position, and the unreadable ones. */
    record Page(int events, long lastPosition, List<Mismatch> unreadable) {
    }

    Page read(long afterPosition, long head, Consumer<ReplayedEvent> handler) {
        List<GenericDomainEventEntry<byte[]>> entries = new ArrayList<>(pageSize);
        List<Long> positions = new ArrayList<>(pageSize);
        int events = 0;
        long last = afterPosition;
        try (PreparedStatement query = connection.prepareStatement(PAGE_SQL)) {
            query.setLong(1, afterPosition);
            query.setLong(2, head);
            query.setInt(3, pageSize);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    events++;
                    last = rs.getLong(1);
                    if (handledTypes.contains(rs.getString(7))) {
                        positions.add(last);
                        entries.add(new GenericDomainEventEntry<>(rs.getString(2), rs.getString(3), rs.getLong(4),
                                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBytes(9),
                                rs.getBytes(10)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new VerificationFailedException("Could not read the events after position " + afterPosition, e);
        }
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
