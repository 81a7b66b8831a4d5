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
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.serialization.Serializer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Axon's JDBC engine with these changes:
 * <ul>
 * <li>{@link #prefetch}: a command that loads thousands of aggregates (a card range) reads all their
 * events in a few queries instead of three round trips per aggregate; the unit of work's loads are
 * then served from what was read.</li>
 * <li>Loading an aggregate stops at the first batch shorter than the batch size: sequence numbers
 * have no gaps here (nothing is ever deleted), so Axon's extra query that finds the stream empty
 * is a round trip on every load for nothing.</li>
 * <li>Appends wake the local processors when they commit ({@link AppendSignal}).</li>
 * <li>Reading events for a processor does not parse each event's timestamp only to learn whether
 * it is older than the gap timeout ({@link #getTrackedEventData}), reads the rows of the payload
 * types the processor skips without their payload and metadata ({@link #readEventDataWithGaps}),
 * and leaves those rows out before they become messages ({@link #readEventData(TrackingToken, boolean)}).</li>
 * </ul>
 */
public class PrefetchingEventStorageEngine extends JdbcEventStorageEngine implements AggregatePrefetch {

    private static final int IDS_PER_QUERY = 5_000;
    /** Axon's defaults, set here because {@link #getTrackedEventData} needs them too. */
    private static final int MAX_GAP_OFFSET = 10_000;
    private static final long LOWEST_GLOBAL_SEQUENCE = 1;
    private static final int GAP_TIMEOUT_MS = 60_000;
    /** The text of a timestamp as Axon writes it: {@code 2026-12-07T11:28:00.123Z}. */
    private static final int STORED_TIMESTAMP_LENGTH = 24;
    private static final String RESOURCE = PrefetchingEventStorageEngine.class.getName() + ".prefetched";
    /** Stands in for the payload and metadata of a row read without them. */
    private static final byte[] LEFT_OUT = new byte[0];
    private final AppendSignal appended;

    PrefetchingEventStorageEngine(Builder builder, AppendSignal appended) {
        super(builder.maxGapOffset(MAX_GAP_OFFSET).lowestGlobalSequence(LOWEST_GLOBAL_SEQUENCE)
                .gapTimeout(GAP_TIMEOUT_MS));
        this.appended = appended;
    }

    private volatile GapFrame gapFrame = new GapFrame(0, "");

    /**
     * Axon's own, except for one thing. Axon parses every event's timestamp to learn whether it
     * is older than the gap timeout. In a replay that parsing was a quarter of each processor's
     * time, and the processors had no handler for most of those events. Axon writes timestamps in
     * one fixed-width UTC layout, so comparing the two texts gives the same answer; any other text
     * is parsed as before.
     */
    @Override
    protected TrackedEventData<?> getTrackedEventData(ResultSet resultSet, GapAwareTrackingToken previousToken)
            throws SQLException {
        long globalSequence = resultSet.getLong(schema().globalIndexColumn());
        Object timestamp = readTimeStamp(resultSet, schema().timestampColumn());
        boolean allowGaps = isAfter(timestamp.toString(), gapFrame().text());
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
        Object payload = readPayload(resultSet, schema().payloadColumn());
        if (payload == null) {
            return new PayloadLeftOut(globalSequence, token, readEntry(resultSet, timestamp, LEFT_OUT, LEFT_OUT));
        }
        return new TrackedDomainEventData<>(token, readEntry(resultSet, timestamp, payload,
                readPayload(resultSet, schema().metaDataColumn())));
    }

    private DomainEventData<Object> readEntry(ResultSet resultSet, Object timestamp, Object payload, Object metaData)
            throws SQLException {
        String aggregateIdentifier = resultSet.getString(schema().aggregateIdentifierColumn());
        String eventIdentifier = resultSet.getString(schema().eventIdentifierColumn());
        return new GenericDomainEventEntry<>(
                resultSet.getString(schema().typeColumn()),
                eventIdentifier.equals(aggregateIdentifier) ? null : aggregateIdentifier,
                resultSet.getLong(schema().sequenceNumberColumn()),
                eventIdentifier,
                timestamp,
                resultSet.getString(schema().payloadTypeColumn()),
                resultSet.getString(schema().payloadRevisionColumn()),
                payload,
                metaData);
    }

    /** Whether the stored timestamp is after the frame, both as Axon writes them. */
    static boolean isAfter(String stored, String frame) {
        if (stored.length() == STORED_TIMESTAMP_LENGTH && frame.length() == STORED_TIMESTAMP_LENGTH
                && stored.charAt(10) == 'T' && stored.charAt(19) == '.' && stored.charAt(23) == 'Z') {
            return stored.compareTo(frame) > 0;
        }
        return DateTimeUtils.parseInstant(stored).isAfter(DateTimeUtils.parseInstant(frame));
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
        Set<String> skipped = SkippedPayloadTypes.ofTheStreamReading();
        if (skipped == null) {
            return stored;
        }
        return StreamSupport.stream(new SkippingSpliterator(stored.spliterator(), skipped, this::whole), false)
                .onClose(stored::close);
    }

    @Override
    protected PreparedStatement readEventDataWithoutGaps(Connection connection, long globalIndex, int batchSize)
            throws SQLException {
        return readEventDataWithGaps(connection, globalIndex, batchSize, List.of());
    }

    /**
     * Axon's read for a processor, except that the rows of the payload types the processor skips
     * come without their payload and metadata: the processor needs only their position and type,
     * and in a replay they were most of what PostgreSQL sent and the engine decoded.
     */
    @Override
    protected PreparedStatement readEventDataWithGaps(Connection connection, long globalIndex, int batchSize,
                                                      List<Long> gaps) throws SQLException {
        Set<String> skippedNow = SkippedPayloadTypes.ofTheStreamReading();
        List<String> skipped = skippedNow == null ? List.of() : List.copyOf(skippedNow);
        if (skipped.isEmpty()) {
            return gaps.isEmpty() ? super.readEventDataWithoutGaps(connection, globalIndex, batchSize)
                    : super.readEventDataWithGaps(connection, globalIndex, batchSize, gaps);
        }
        String index = schema().globalIndexColumn();
        String sql = "SELECT " + trackedFieldsLeavingOut(skipped.size()) + " FROM " + schema().domainEventTable()
                + " WHERE (" + index + " > ? AND " + index + " <= ?)"
                + (gaps.isEmpty() ? "" : " OR " + index + " IN (" + placeholders(gaps.size()) + ")")
                + " ORDER BY " + index + " ASC";
        PreparedStatement statement = connection.prepareStatement(sql);
        int parameter = 1;
        for (int column = 0; column < 2; column++) {
            for (String type : skipped) {
                statement.setString(parameter++, type);
            }
        }
        statement.setLong(parameter++, globalIndex);
        statement.setLong(parameter++, globalIndex + batchSize);
        for (Long gap : gaps) {
            statement.setLong(parameter++, gap);
        }
        return statement;
    }

    private String trackedFieldsLeavingOut(int skippedTypes) {
        String skipped = "CASE WHEN " + schema().payloadTypeColumn() + " IN (" + placeholders(skippedTypes)
                + ") THEN NULL ELSE ";
        return String.join(", ", schema().globalIndexColumn(), schema().typeColumn(),
                schema().aggregateIdentifierColumn(), schema().sequenceNumberColumn(),
                schema().eventIdentifierColumn(), schema().timestampColumn(), schema().payloadTypeColumn(),
                schema().payloadRevisionColumn(),
                skipped + schema().payloadColumn() + " END AS " + schema().payloadColumn(),
                skipped + schema().metaDataColumn() + " END AS " + schema().metaDataColumn());
    }

    private static String placeholders(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }

    /** A row read without its payload; the few that are delivered are read again whole. */
    private static final class PayloadLeftOut extends TrackedDomainEventData<Object> {

        private final long globalIndex;

        PayloadLeftOut(long globalIndex, TrackingToken token, DomainEventData<Object> entry) {
            super(token, entry);
            this.globalIndex = globalIndex;
        }
    }

    /** The event as stored: a row that was read without its payload is read again, whole. */
    private TrackedEventData<?> whole(TrackedEventData<?> event) {
        if (!(event instanceof PayloadLeftOut leftOut)) {
            return event;
        }
        String sql = "SELECT " + schema().trackedEventFields() + " FROM " + schema().domainEventTable() + " WHERE "
                + schema().globalIndexColumn() + " = ?";
        List<TrackedEventData<?>> read = new ArrayList<>(1);
        query(sql, statement -> statement.setLong(1, leftOut.globalIndex), row -> read.add(new TrackedDomainEventData<>(
                leftOut.trackingToken(), readEntry(row, readTimeStamp(row, schema().timestampColumn()),
                readPayload(row, schema().payloadColumn()), readPayload(row, schema().metaDataColumn())))));
        if (read.isEmpty()) {
            throw new IllegalStateException("Event " + leftOut.globalIndex + " was read a moment ago and is gone");
        }
        return read.get(0);
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
        List<DomainEventData<?>> known = CurrentUnitOfWork.isStarted() ? prefetched().get(aggregateIdentifier) : null;
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
        query(sql, ids(ids), rows -> {
            DomainEventData<?> event = getDomainEventData(rows);
            read.computeIfAbsent(event.getAggregateIdentifier(), id -> new ArrayList<>()).add(event);
        });
        return read;
    }

    private Set<String> withSnapshots(List<String> ids) {
        String sql = "SELECT DISTINCT " + schema().aggregateIdentifierColumn() + " FROM " + schema().snapshotTable()
                + " WHERE " + schema().aggregateIdentifierColumn() + " = ANY (?)";
        Set<String> found = new HashSet<>();
        query(sql, ids(ids), rows -> found.add(rows.getString(1)));
        return found;
    }

    private interface RowHandler {
        void handle(ResultSet row) throws SQLException;
    }

    private interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }

    private static Parameters ids(List<String> ids) {
        return statement -> statement.setArray(1, statement.getConnection().createArrayOf("varchar", ids.toArray()));
    }

    private void query(String sql, Parameters parameters, RowHandler handler) {
        Connection connection = getConnection();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            parameters.set(statement);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    handler.handle(rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read events", e);
        } finally {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // a transaction-bound connection is only released here
            }
        }
    }
}
