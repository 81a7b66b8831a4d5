package org.juiceledger.command.appends;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

/**
 * The {@code pending_append} table. {@link #record} commits at once on a connection of its own
 * (before the events leave); everything else runs in the caller's transaction.
 */
class PendingAppends {

    private static final TypeReference<List<AppendedStream>> STREAMS = new TypeReference<>() {
    };
    private static final String COLUMNS = "id, node_id, created_at, first_event, streams, login, request_key, request_hash, committed";

    private final JdbcTemplate jdbc;
    private final JdbcTemplate ownTransactions;
    private final ObjectMapper json = new ObjectMapper();
    private final RowMapper<PendingAppend> rows = (row, i) -> new PendingAppend(row.getString(1), row.getString(2),
            row.getTimestamp(3).toInstant(), row.getString(4), streams(row.getString(5)), row.getString(6),
            row.getString(7), row.getString(8), row.getBoolean(9));

    /**
     * @param jdbc            joins the running transaction
     * @param ownTransactions autocommits, on connections of its own
     */
    PendingAppends(JdbcTemplate jdbc, JdbcTemplate ownTransactions) {
        this.jdbc = jdbc;
        this.ownTransactions = ownTransactions;
    }

    /** Commits the row before the events are sent. */
    void record(PendingAppend append) {
        ownTransactions.update("insert into pending_append (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                append.id(), append.nodeId(), Timestamp.from(append.createdAt()), append.firstEvent(),
                text(append.streams()), append.login(), append.requestKey(), append.requestHash(), append.committed());
    }

    /** Deletes the row in the running transaction, which thereby holds its lock until it ends. */
    void removeWithRunningTransaction(String id) {
        jdbc.update("delete from pending_append where id = ?", id);
    }

    /**
     * Marks the row committed in the running transaction (which holds its lock until it ends): a
     * keyed request's command may commit apart from the request (on Axon Server's thread), and the
     * row then stands until the request keeps its answer.
     */
    void markCommittedWithRunningTransaction(String id) {
        jdbc.update("update pending_append set committed = true where id = ?", id);
    }

    /** The rows of a keyed request whose answer is being kept, in the request's transaction. */
    void removeOfRequest(String login, String requestKey) {
        jdbc.update("delete from pending_append where login = ? and request_key = ?", login, requestKey);
    }

    /** The oldest rows no running transaction holds (a command in flight holds its own). */
    List<String> unheld(int limit) {
        return jdbc.queryForList("select id from pending_append order by created_at limit ? for update skip locked",
                String.class, limit);
    }

    /** The row, locked until the caller's transaction ends; empty when gone or held by another. */
    Optional<PendingAppend> lockIfFree(String id) {
        return jdbc.query("select " + COLUMNS + " from pending_append where id = ? for update skip locked", rows, id)
                .stream().findFirst();
    }

    /** The rows a keyed request's earlier attempts left, locked (waiting for a transaction that holds one). */
    List<PendingAppend> lockOfRequest(String login, String requestKey) {
        return jdbc.query("select " + COLUMNS + " from pending_append where login = ? and request_key = ? "
                + "order by created_at for update", rows, login, requestKey);
    }

    void remove(String id) {
        jdbc.update("delete from pending_append where id = ?", id);
    }


    private String text(List<AppendedStream> streams) {
        try {
            return json.writeValueAsString(streams);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<AppendedStream> streams(String text) {
        try {
            return json.readValue(text, STREAMS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An unreadable pending_append row: " + e.getOriginalMessage(), e);
        }
    }
}
