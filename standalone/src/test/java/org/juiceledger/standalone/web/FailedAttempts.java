package org.juiceledger.standalone.web;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

/**
 * The failed attempts recorded for client addresses. The tests share one database and all come from
 * the loopback, so each test starts and ends with no failures for the addresses it uses.
 */
final class FailedAttempts {

    static final String HERE = "127.0.0.1";
    static final String ELSEWHERE = "127.0.0.2";

    private final JdbcTemplate jdbc;

    FailedAttempts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void forget() {
        jdbc.update("delete from failed_attempt where source_kind = 'CLIENT_ADDRESS' and source_id in (?, ?)", HERE, ELSEWHERE);
    }

    List<Map<String, Object>> of(String address) {
        return jdbc.queryForList("select * from failed_attempt where source_kind = 'CLIENT_ADDRESS' and source_id = ? "
                + "order by attempted_at", address);
    }

    long events(String aggregateId, String eventType) {
        return jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ? and payloadtype = ?",
                Long.class, aggregateId, "org.juiceledger.kernel." + eventType);
    }

    List<String> metaData(String aggregateId) {
        return jdbc.queryForList("select convert_from(metadata, 'UTF8') from domainevententry where aggregateidentifier = ?",
                String.class, aggregateId);
    }
}
