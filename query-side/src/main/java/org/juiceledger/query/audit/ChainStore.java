package org.juiceledger.query.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code event_hash_chain} table: the links, the head, and the one-row writer lock. */
@Component
class ChainStore {

    private static final String COLUMNS = "global_index, event_identifier, link_hash, previous_hash, payload_hash, metadata_hash";
    private static final RowMapper<LinkRow> ROW = (rs, i) -> new LinkRow(rs.getLong(1), rs.getString(2),
            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6));

    private final JdbcTemplate jdbc;

    ChainStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Blocks until this transaction is the only chain writer (until it ends). */
    void lockForWriting() {
        jdbc.queryForList("select id from event_hash_chain_lock where id = 1 for update", Integer.class);
    }

    Optional<LinkRow> head() {
        return jdbc.query("select " + COLUMNS + " from event_hash_chain order by global_index desc limit 1", ROW)
                .stream().findFirst();
    }

    Optional<LinkRow> at(long position) {
        return jdbc.query("select " + COLUMNS + " from event_hash_chain where global_index = ?", ROW, position)
                .stream().findFirst();
    }

    List<LinkRow> between(long afterPosition, long upTo, int limit) {
        return jdbc.query("select " + COLUMNS + " from event_hash_chain where global_index > ? and global_index <= ?"
                + " order by global_index limit ?", ROW, afterPosition, upTo, limit);
    }

    /** The positions the chain gave to those of these events it has linked. */
    Map<String, Long> positionsOf(List<String> eventIds) {
        if (eventIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> positions = new HashMap<>();
        jdbc.query("select event_identifier, global_index from event_hash_chain where event_identifier in ("
                        + String.join(", ", Collections.nCopies(eventIds.size(), "?")) + ")",
                rs -> {
                    positions.put(rs.getString(1), rs.getLong(2));
                }, eventIds.toArray());
        return positions;
    }

    void append(List<LinkRow> links, Instant linkedAt) {
        jdbc.batchUpdate("insert into event_hash_chain (" + COLUMNS + ", linked_at) values (?, ?, ?, ?, ?, ?, ?)",
                links.stream().map(l -> new Object[]{l.position(), l.eventId(), l.linkHash(), l.previousHash(),
                        l.payloadHash(), l.metadataHash(), Timestamp.from(linkedAt)}).toList());
    }
}
