package org.juiceledger.platform.axon.eventstore;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.GenericDomainEventEntry;

import java.time.Instant;
import java.time.temporal.TemporalAccessor;

/** An event as read from the store, whose timestamp is parsed by {@link StoredTimestamps}, once. */
final class StoredEventEntry<T> extends GenericDomainEventEntry<T> {

    private final String storedTimestamp;
    private Instant timestamp;

    @SuppressWarnings("java:S107") // the columns of a stored event, as Axon's own entry takes them
    StoredEventEntry(String type, String aggregateIdentifier, long sequenceNumber, String eventIdentifier,
                     Object timestamp, String payloadType, String payloadRevision, T payload, T metaData) {
        super(type, aggregateIdentifier, sequenceNumber, eventIdentifier, timestamp, payloadType, payloadRevision,
                payload, metaData);
        this.storedTimestamp = timestamp instanceof TemporalAccessor moment
                ? DateTimeUtils.formatInstant(Instant.from(moment)) : timestamp.toString();
    }

    @Override
    public Instant getTimestamp() {
        Instant parsed = timestamp;
        if (parsed == null) {
            parsed = StoredTimestamps.parse(storedTimestamp);
            timestamp = parsed;
        }
        return parsed;
    }
}
