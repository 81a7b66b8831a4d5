package org.juiceledger.platform.axon.eventstore;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.serialization.Serializer;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.axonframework.common.jdbc.JdbcUtils.closeQuietly;

/**
 * Axon's JDBC engine with three changes:
 * <ul>
 * <li>{@link #prefetch}: a command that loads thousands of aggregates (a card range) reads all their
 * events in a few queries instead of three round trips per aggregate; the unit of work's loads are
 * then served from what was read.</li>
 * <li>Loading an aggregate stops at the first batch shorter than the batch size: sequence numbers
 * have no gaps here (nothing is ever deleted), so Axon's extra query that finds the stream empty
 * is a round trip on every load for nothing.</li>
 * <li>Appends wake the local processors when they commit ({@link AppendSignal}).</li>
 * <li>Reading events for a processor does not parse each event's timestamp only to learn whether
 * it is older than the gap timeout ({@link #getTrackedEventData}), and leaves out the rows of the
 * payload types the processor skips before they become messages ({@link #readEventData(TrackingToken, boolean)}).</li>
 * </ul>
 */
public class PrefetchingEventStorageEngine extends JdbcEventStorageEngine implements AggregatePrefetch {

    private static final int IDS_PER_QUERY = 5_000;
    /** A read behind the head looks at this many batch sizes of positions at once ({@link #readBehind}). */
    private static final int BEHIND_WINDOW_BATCHES = 10;
    /** Axon's defaults, set here because {@link #getTrackedEventData} needs them too. */
    private static final int MAX_GAP_OFFSET = 10_000;
    private static final long LOWEST_GLOBAL_SEQUENCE = 1;
    private static final int GAP_TIMEOUT_MS = 60_000;
    static final String RESOURCE = PrefetchingEventStorageEngine.class.getName() + ".prefetched";
    private final AppendSignal appended;

    PrefetchingEventStorageEngine(Builder builder, AppendSignal appended) {
        super(builder.maxGapOffset(MAX_GAP_OFFSET).lowestGlobalSequence(LOWEST_GLOBAL_SEQUENCE)
                .gapTimeout(GAP_TIMEOUT_MS));
        this.appended = appended;
    }

    private volatile GapFrame gapFrame = new GapFrame(0, "");

    /**
     * Axon's own, except for two things. Axon parses every event's timestamp to learn whether it
     * is older than the gap timeout. In a replay that parsing was a quarter of each processor's
     * time, and the processors had no handler for most of those events. Axon writes timestamps in
     * one fixed-width UTC layout, so comparing the two texts gives the same answer; any other text
     * is parsed as before ({@link StoredTimestamps}). And the entry parses its timestamp without
     * Axon's general-purpose parser ({@link StoredEventEntry}).
     */
    @Override
    protected TrackedEventData<?> getTrackedEventData(ResultSet resultSet, GapAwareTrackingToken previousToken)
            throws SQLException {
        long globalSequence = resultSet.getLong(schema().globalIndexColumn());
        String aggregateIdentifier = resultSet.getString(schema().aggregateIdentifierColumn());
        String eventIdentifier = resultSet.getString(schema().eventIdentifierColumn());
        Object timestamp = readTimeStamp(resultSet, schema().timestampColumn());
        GenericDomainEventEntry<?> event = new StoredEventEntry<>(
                resultSet.getString(schema().typeColumn()),
                eventIdentifier.equals(aggregateIdentifier) ? null : aggregateIdentifier,
                resultSet.getLong(schema().sequenceNumberColumn()),
                eventIdentifier,
                timestamp,
                resultSet.getString(schema().payloadTypeColumn()),
                resultSet.getString(schema().payloadRevisionColumn()),
                readPayload(resultSet, schema().payloadColumn()),
                readPayload(resultSet, schema().metaDataColumn()));
        boolean allowGaps = StoredTimestamps.isAfter(timestamp.toString(), gapFrame().text());
        GapAwareTrackingToken token;
        if (previousToken == null) {
            TreeSet<Long> gaps = new TreeSet<>();
            if (allowGaps) {
                for (long gap = Math.min(LOWEST_GLOBAL_SEQUENCE, globalSequence); gap < globalSequence; gap++) {
                    gaps.add(gap);
                }
            }
            token = GapAwareTrackingToken.newInstance(globalSequence, gaps);
        } else {
            token = previousToken.advanceTo(globalSequence, allowGaps ? MAX_GAP_OFFSET : 0);
        }
        return new TrackedDomainEventData<>(token, event);
    }

    /** The moment before which gaps are given up, as text; computed again at most every 100 ms. */
    private GapFrame gapFrame() {
        Instant now = GenericEventMessage.clock.instant();
        GapFrame frame = gapFrame;
        if (now.toEpochMilli() - frame.computedAt() > 100) {
            frame = new GapFrame(now.toEpochMilli(), DateTimeUtils.formatInstant(now.minusMillis(GAP_TIMEOUT_MS)));
            gapFrame = frame;
        }
        return frame;
    }

    private record GapFrame(long computedAt, String text) {
    }

    @Override
    protected Stream<? extends TrackedEventData<?>> readEventData(TrackingToken token, boolean mayBlock) {
        Stream<? extends TrackedEventData<?>> stored = super.readEventData(token, mayBlock);
        StreamReading stream = StreamReading.ofThisThread();
        if (stream == null) {
            return stored;
        }
        return StreamSupport.stream(new SkippingSpliterator(stored.spliterator(), stream.skippedTypeNames()), false)
                .onClose(stored::close);
    }

    /**
     * A processor's stream asks the store only when it may hold something new ({@link StreamReading}).
     * A read had all there was when it found nothing (Axon has then looked past any gap), or when it
     * ended short of a full batch without reaching the end of the range of positions it covered; a
     * short read that reached it may have stopped at a gap, and the next one asks again.
     */
    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        StreamReading stream = StreamReading.ofThisThread();
        if (stream == null) {
            return super.fetchTrackedEvents(lastToken, batchSize);
        }
        long wakes = stream.wakes();
        if (!stream.mayHaveNew(wakes)) {
            return List.of();
        }
        long from = lastToken == null ? -1 : ((GapAwareTrackingToken) lastToken).getIndex();
        if (stream.behind() && !stream.skippedTypeNames().isEmpty() && lastToken instanceof GapAwareTrackingToken token
                && token.getGaps().isEmpty()) {
            List<TrackedEventData<?>> wanted = readBehind(token, batchSize * BEHIND_WINDOW_BATCHES, stream);
            if (wanted != null) {
                return wanted;
            }
        }
        List<? extends TrackedEventData<?>> rows = super.fetchTrackedEvents(lastToken, batchSize);
        TrackedEventData<?> last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
        stream.read(last == null || rows.size() < batchSize && positionOf(last) < from + batchSize, wakes);
        stream.behind(last != null && positionOf(last) == from + batchSize && !allowsGaps(last));
        return rows;
    }

    /**
     * A read for a stream far behind the head, whose processor skips some types: the positions and
     * types of a window of rows first, then whole only the rows the processor handles and the
     * window's last (its token covers the rows left out). In a replay of a store of card batches the
     * processors without a card handler read every row's payload and metadata only to leave it out.
     * Null, and Axon's plain read instead, when a row of the window is young enough that a gap
     * before it may still be filled: only then does a token keep gaps, and only the plain read keeps
     * them right.
     */
    private List<TrackedEventData<?>> readBehind(GapAwareTrackingToken lastToken, int window, StreamReading stream) {
        String frame = gapFrame().text();
        Connection connection = getConnection();
        try {
            List<Long> wanted = new ArrayList<>();
            long newest = -1;
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + schema().globalIndexColumn() + ", "
                    + schema().payloadTypeColumn() + ", " + schema().timestampColumn() + " FROM "
                    + schema().domainEventTable() + " WHERE " + schema().globalIndexColumn() + " > ? AND "
                    + schema().globalIndexColumn() + " <= ? ORDER BY " + schema().globalIndexColumn())) {
                statement.setLong(1, lastToken.getIndex());
                statement.setLong(2, lastToken.getIndex() + window);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        newest = rows.getLong(1);
                        if (StoredTimestamps.isAfter(readTimeStamp(rows, schema().timestampColumn()).toString(), frame)) {
                            return null;
                        }
                        if (!stream.skippedTypeNames().contains(rows.getString(2))) {
                            wanted.add(newest);
                        }
                    }
                }
            }
            if (newest < 0) {
                return null;
            }
            if (wanted.isEmpty() || wanted.get(wanted.size() - 1) < newest) {
                wanted.add(newest);
            }
            List<TrackedEventData<?>> read = new ArrayList<>(wanted.size());
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + schema().trackedEventFields()
                    + " FROM " + schema().domainEventTable() + " WHERE " + schema().globalIndexColumn()
                    + " = ANY (?) ORDER BY " + schema().globalIndexColumn())) {
                statement.setArray(1, connection.createArrayOf("int8", wanted.toArray()));
                try (ResultSet rows = statement.executeQuery()) {
                    GapAwareTrackingToken previous = lastToken;
                    while (rows.next()) {
                        TrackedEventData<?> row = getTrackedEventData(rows, previous);
                        read.add(row);
                        previous = (GapAwareTrackingToken) row.trackingToken();
                    }
                }
            }
            stream.behind(newest == lastToken.getIndex() + window);
            return read;
        } catch (SQLException e) {
            throw new EventStoreException("Failed to read events after [" + lastToken + "]", e);
        } finally {
            closeQuietly(connection);
        }
    }

    private static boolean allowsGaps(TrackedEventData<?> row) {
        return row.getTimestamp().isAfter(GenericEventMessage.clock.instant().minusMillis(GAP_TIMEOUT_MS));
    }

    private static long positionOf(TrackedEventData<?> row) {
        return ((GapAwareTrackingToken) row.trackingToken()).getIndex();
    }

    /** Axon's own, but for the entry: an aggregate's events too have their timestamps parsed by {@link StoredTimestamps}. */
    @Override
    protected DomainEventData<?> getDomainEventData(ResultSet resultSet) throws SQLException {
        return new StoredEventEntry<>(resultSet.getString(schema().typeColumn()),
                resultSet.getString(schema().aggregateIdentifierColumn()),
                resultSet.getLong(schema().sequenceNumberColumn()),
                resultSet.getString(schema().eventIdentifierColumn()),
                readTimeStamp(resultSet, schema().timestampColumn()),
                resultSet.getString(schema().payloadTypeColumn()),
                resultSet.getString(schema().payloadRevisionColumn()),
                readPayload(resultSet, schema().payloadColumn()),
                readPayload(resultSet, schema().metaDataColumn()));
    }

    @Override
    protected boolean fetchForAggregateUntilEmpty() {
        return false;
    }

    @Override
    public void prefetch(Collection<String> aggregateIdentifiers) {
        if (!CurrentUnitOfWork.isStarted()) {
            return;
        }
        Map<String, List<DomainEventData<?>>> prefetched = prefetched();
        List<String> ids = new ArrayList<>(aggregateIdentifiers);
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            Map<String, List<DomainEventData<?>>> read = read(chunk);
            Set<String> withSnapshots = withSnapshots(chunk);
            for (String id : chunk) {
                if (!withSnapshots.contains(id)) {
                    prefetched.put(id, read.getOrDefault(id, List.of()));
                }
            }
        }
    }

    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier, long firstSequenceNumber,
                                                                   int batchSize) {
        // taken out as the aggregate is loaded: a range of 10,000 cards would otherwise hold every row
        // it read until its commit (a load that comes again reads the store, as without the prefetch)
        List<DomainEventData<?>> known = CurrentUnitOfWork.isStarted() ? prefetched().remove(aggregateIdentifier) : null;
        if (known == null || known.size() >= batchSize) {
            return super.fetchDomainEvents(aggregateIdentifier, firstSequenceNumber, batchSize);
        }
        return known.stream().filter(e -> e.getSequenceNumber() >= firstSequenceNumber).toList();
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        if (CurrentUnitOfWork.isStarted() && prefetched().containsKey(aggregateIdentifier)) {
            return Stream.empty();
        }
        return super.readSnapshotData(aggregateIdentifier);
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        super.appendEvents(events, serializer);
        appended.afterCommit();
    }

    private Map<String, List<DomainEventData<?>>> prefetched() {
        return CurrentUnitOfWork.get().root().getOrComputeResource(RESOURCE, key -> new HashMap<>());
    }

    private Map<String, List<DomainEventData<?>>> read(List<String> ids) {
        String sql = "SELECT " + schema().domainEventFields() + " FROM " + schema().domainEventTable() + " WHERE "
                + schema().aggregateIdentifierColumn() + " = ANY (?) ORDER BY " + schema().aggregateIdentifierColumn()
                + ", " + schema().sequenceNumberColumn();
        Map<String, List<DomainEventData<?>>> read = new HashMap<>();
        query(sql, ids, rows -> {
            DomainEventData<?> event = getDomainEventData(rows);
            read.computeIfAbsent(event.getAggregateIdentifier(), id -> new ArrayList<>()).add(event);
        });
        return read;
    }

    private Set<String> withSnapshots(List<String> ids) {
        String sql = "SELECT DISTINCT " + schema().aggregateIdentifierColumn() + " FROM " + schema().snapshotTable()
                + " WHERE " + schema().aggregateIdentifierColumn() + " = ANY (?)";
        Set<String> found = new HashSet<>();
        query(sql, ids, rows -> found.add(rows.getString(1)));
        return found;
    }

    private interface RowHandler {
        void handle(ResultSet row) throws SQLException;
    }

    private void query(String sql, List<String> ids, RowHandler handler) {
        Connection connection = getConnection();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            Array array = connection.createArrayOf("varchar", ids.toArray());
            statement.setArray(1, array);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    handler.handle(rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prefetch events", e);
        } finally {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // a transaction-bound connection is only released here
            }
        }
    }
}
