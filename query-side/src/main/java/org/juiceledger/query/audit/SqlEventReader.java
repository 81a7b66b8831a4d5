package org.juiceledger.query.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.sql.Connection;
import java.util.List;

/**
 * Reads the JDBC store's {@code domainevententry} with plain SQL (PostgreSQL and H2 alike), always
 * in pages ordered by a key, so no query holds more than one page in memory. Positions are the
 * global index, which starts at 1.
 */
public final class SqlEventReader implements EventReader {

    private static final String COLUMNS = "globalindex, aggregateidentifier, sequencenumber, type, eventidentifier, "
            + "payloadtype, payloadrevision, timestamp, payload, metadata";
    private static final RowMapper<StoredEvent> ROW = (rs, i) -> new StoredEvent(rs.getLong(1), rs.getString(2),
            rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
            rs.getBytes(9), rs.getBytes(10));

    private final JdbcTemplate jdbc;

    public SqlEventReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long origin() {
        return 0;
    }

    @Override
    public long head() {
        Long head = jdbc.queryForObject("select coalesce(max(globalindex), 0) from domainevententry", Long.class);
        return head == null ? 0 : head;
    }

    @Override
    public long count(long upTo) {
        Long count = jdbc.queryForObject("select count(*) from domainevententry where globalindex <= ?", Long.class,
                upTo);
        return count == null ? 0 : count;
    }

    @Override
    public List<StoredEvent> ofAggregate(String aggregateId, long afterSequence, int limit) {
        return jdbc.query("select " + COLUMNS + " from domainevententry where aggregateidentifier = ?"
                + " and sequencenumber > ? order by sequencenumber limit ?", ROW, aggregateId, afterSequence, limit);
    }

    @Override
    public List<StoredEvent> after(long afterPosition, int limit) {
        return jdbc.query("select " + COLUMNS + " from domainevententry where globalindex > ?"
                + " order by globalindex limit ?", ROW, afterPosition, limit);
    }

    @Override
    public List<StoredEvent> between(long afterPosition, long upTo, int limit) {
        return jdbc.query("select " + COLUMNS + " from domainevententry where globalindex > ? and globalindex <= ?"
                + " order by globalindex limit ?", ROW, afterPosition, upTo, limit);
    }

    @Override
    public boolean hasAggregate(String aggregateId) {
        return !jdbc.queryForList("select sequencenumber from domainevententry where aggregateidentifier = ? limit 1",
                Long.class, aggregateId).isEmpty();
    }

    /** On that connection, in its transaction; closing the template's data source leaves it open. */
    @Override
    public EventReader on(Connection connection) {
        return new SqlEventReader(new JdbcTemplate(new SingleConnectionDataSource(connection, true)));
    }
}
