package org.juiceledger.query.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Reads {@code domainevententry} with plain SQL (PostgreSQL and H2 alike), always in pages ordered
 * by a key, so no query holds more than one page in memory.
 */
@Component
class EventStoreReader {

    private static final String COLUMNS = "globalindex, aggregateidentifier, sequencenumber, type, eventidentifier, "
            + "payloadtype, payloadrevision, timestamp, payload, metadata";
    private static final RowMapper<StoredEvent> ROW = (rs, i) -> new StoredEvent(rs.getLong(1), rs.getString(2),
            rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
            rs.getBytes(9), rs.getBytes(10));

    private final JdbcTemplate jdbc;

    EventStoreReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One aggregate's events with a sequence number above {@code afterSequence}, in order. */
    List<StoredEvent> ofAggregate(String aggregateId, long afterSequence, int limit) {
        return jdbc.query("select " + COLUMNS + " from domainevententry where aggregateidentifier = ?"
                + " and sequencenumber > ? order by sequencenumber limit ?", ROW, aggregateId, afterSequence, limit);
    }

    /** The global stream above {@code afterPosition}, in global index order. */
    List<StoredEvent> after(long afterPosition, int limit) {
        return jdbc.query("select " + COLUMNS + " from domainevententry where globalindex > ?"
                + " order by globalindex limit ?", ROW, afterPosition, limit);
    }

    /** The global stream above {@code afterPosition} up to and including {@code upTo}. */
    List<StoredEvent> between(long afterPosition, long upTo, int limit) {
        return jdbc.query("select " + COLUMNS + " from domainevententry where globalindex > ? and globalindex <= ?"
                + " order by globalindex limit ?", ROW, afterPosition, upTo, limit);
    }

    boolean hasAggregate(String aggregateId) {
        return !jdbc.queryForList("select sequencenumber from domainevententry where aggregateidentifier = ? limit 1",
                Long.class, aggregateId).isEmpty();
    }
}
