package org.juiceledger.query.cluster;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;

/** The {@code processing_node} table: which query-side nodes are alive. Only a node writes its own row. */
@Repository
class ProcessingNodes {

    private final JdbcTemplate jdbc;

    ProcessingNodes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void heartbeat(String nodeId, Instant now) {
        int updated = jdbc.update("update processing_node set heartbeat_at = ? where node_id = ?", Timestamp.from(now), nodeId);
        if (updated == 0) {
            jdbc.update("insert into processing_node (node_id, heartbeat_at) values (?, ?)", nodeId, Timestamp.from(now));
        }
    }

    /** Nodes, this one included, that said they were alive at or after {@code since}. */
    int aliveSince(Instant since) {
        Integer alive = jdbc.queryForObject("select count(*) from processing_node where heartbeat_at >= ?",
                Integer.class, Timestamp.from(since));
        return alive == null ? 0 : alive;
    }

    void forget(String nodeId) {
        jdbc.update("delete from processing_node where node_id = ?", nodeId);
    }

    void forgetSilentBefore(Instant before) {
        jdbc.update("delete from processing_node where heartbeat_at < ?", Timestamp.from(before));
    }
}
