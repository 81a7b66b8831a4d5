package org.juiceledger.standalone.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.juiceledger.platform.testing.JuiceApi;
import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.juiceledger.platform.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juiceledger.platform.testing.JuiceApi.json;
import static org.juiceledger.platform.testing.TestUsers.ADMIN;
import static org.juiceledger.platform.testing.TestUsers.ADMIN_PASSWORD;

/** The event store an auditor reads: PostgreSQL, JSON in BYTEA, who/channel/correlation on every event. */
@PostgresIntegrationTest
class EventStoreIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void storesReadableJsonWithRequestOriginInMetadata() throws Exception {
        String id = TestUsers.uniqueId("audit");
        String correlationId = "corr-" + id;
        JuiceApi.Reply reply = new JuiceApi(port).exchange(HttpMethod.POST, "/api/tariffs", ADMIN, ADMIN_PASSWORD,
                json("tariffId", id, "name", "Audited", "pricePerKwh", "1.25", "taxPercent", "7.5"),
                Map.of("X-Correlation-Id", correlationId));
        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.header("X-Correlation-Id")).containsExactly(correlationId);

        Map<String, Object> row = jdbc.queryForMap("""
                select payloadtype, payloadrevision, convert_from(payload, 'UTF8') as payload,
                       convert_from(metadata, 'UTF8') as metadata
                from domainevententry where aggregateidentifier = ?""", id);

        assertThat(row.get("payloadtype")).isEqualTo("org.juiceledger.kernel.tariff.TariffPublished");
        assertThat(row.get("payloadrevision")).isEqualTo("1");
        JsonNode payload = JSON.readTree((String) row.get("payload"));
        assertThat(payload.get("tariffId").asText()).isEqualTo(id);
        assertThat(payload.get("pricePerKwh").decimalValue()).isEqualByComparingTo("1.250000");
        JsonNode metadata = JSON.readTree((String) row.get("metadata"));
        assertThat(metadata.get("who").asText()).isEqualTo(ADMIN);
        assertThat(metadata.get("channel").asText()).isEqualTo("REST");
        assertThat(metadata.get("correlationId").asText()).isEqualTo(correlationId);
    }

    @Test
    void usesByteaAndNoLargeObjects() {
        String payloadType = jdbc.queryForObject("""
                select data_type from information_schema.columns
                where table_name = 'domainevententry' and column_name = 'payload'""", String.class);
        Long largeObjects = jdbc.queryForObject("select count(*) from pg_largeobject_metadata", Long.class);

        assertThat(payloadType).isEqualTo("bytea");
        assertThat(largeObjects).isZero();
    }

    @Test
    void eventIndexComesFromItsOwnSequenceAndAggregateSequencesAreUnique() {
        Long increment = jdbc.queryForObject("""
                select increment_by from pg_sequences where sequencename = 'domain_event_global_index_seq'""",
                Long.class);
        Long uniqueKeys = jdbc.queryForObject("""
                select count(*) from pg_indexes where tablename = 'domainevententry'
                and indexdef like '%UNIQUE%(aggregateidentifier, sequencenumber)%'""", Long.class);

        assertThat(increment).isEqualTo(1);
        assertThat(uniqueKeys).isEqualTo(1);
    }
}
