package org.juiceledger.query.audit;

import java.sql.Connection;
import java.util.List;

/**
 * Reads the stored events, whichever store holds them: {@link SqlEventReader} reads the JDBC
 * store's {@code domainevententry} with plain SQL; {@link EventStoreApiReader} reads through Axon's
 * event store API (with Axon Server, which never fills that table). {@link EventReaderConfiguration}
 * picks the one that matches the configured store. Positions are the store's own: the global index
 * with the JDBC store (from 1), the tracking token's index with Axon Server (from 0); {@link #origin()}
 * is the position before the first event.
 */
public interface EventReader {

    /** The position before the first event: "after the origin" is the whole stream. */
    long origin();

    /** The newest position in the store, or {@link #origin()} while it is empty. */
    long head();

    /** How many events stand at positions up to and including {@code upTo}. */
    long count(long upTo);

    /** The global stream above {@code afterPosition}, in position order, at most {@code limit}. */
    List<StoredEvent> after(long afterPosition, int limit);

    /** The global stream above {@code afterPosition} up to and including {@code upTo}. */
    List<StoredEvent> between(long afterPosition, long upTo, int limit);

    /**
     * One aggregate's events with a sequence number above {@code afterSequence}, in order. An event's
     * position is {@link StoredEvent#UNKNOWN_POSITION} when the store does not say it here.
     */
    List<StoredEvent> ofAggregate(String aggregateId, long afterSequence, int limit);

    boolean hasAggregate(String aggregateId);

    /**
     * This reader on one JDBC connection, so that it reads in that connection's snapshot when the
     * events are in its database; the reader itself when they are not.
     */
    EventReader on(Connection connection);
}
