package org.juiceledger.standalone.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.juiceledger.platform.testing.JuiceApi.Reply;
import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.juiceledger.platform.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.juiceledger.platform.testing.TestUsers.PASSWORD;

/**
 * The hash chain links new events within seconds and a verification names exactly the stored event
 * that was changed behind the system's back. Tests share the database: every event changed here is
 * restored in a finally block, and the chain is intact again afterwards.
 */
@PostgresIntegrationTest
class HashChainIntegrationTest {

    private static final Duration LINKED_WITHIN = Duration.ofSeconds(60);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    AuditDesk desk;
    String auditor;

    @BeforeEach
    void setUp() {
        desk = new AuditDesk(port);
        auditor = desk.user("AUDITOR");
    }

    @Test
    void linksNewEventsAndShowsTheLinkOfEach() {
        List<JsonNode> events = linkedTariffEvents();
        JsonNode event = events.get(2);

        JsonNode link = desk.get(auditor, "/api/audit/chain?position=" + event.get("position").asLong()).json();

        assertThat(link.get("eventId").asText()).isEqualTo(event.get("eventId").asText());
        assertThat(link.get("linkHash").asText()).matches("[0-9a-f]{64}");
        assertThat(link.get("previousHash").asText()).matches("[0-9a-f]{64}");
        assertThat(desk.get(auditor, "/api/audit/chain?position=-1").status()).isEqualTo(400);
        // the JDBC store's positions start at 1 (Axon Server's at 0): nothing stands at 0 here
        assertThat(desk.get(auditor, "/api/audit/chain?position=0").status()).isEqualTo(404);
    }

    @Test
    void namesTheEventWhosePayloadWasChanged() {
        JsonNode event = linkedTariffEvents().get(1);
        String eventId = event.get("eventId").asText();
        assertIntact(verify());
        byte[] original = column("payload", eventId);
        try {
            String forged = new String(original, StandardCharsets.UTF_8).replace("\"Audited 2\"", "\"Forged\"");
            assertThat(jdbc.update("update domainevententry set payload = ? where eventidentifier = ?",
                    forged.getBytes(StandardCharsets.UTF_8), eventId)).isEqualTo(1);

            assertBrokenAt(verify(), event, "PAYLOAD_CHANGED");
        } finally {
            jdbc.update("update domainevententry set payload = ? where eventidentifier = ?", original, eventId);
        }
        assertIntact(verify());
    }

    @Test
    void namesTheEventWhoseMetadataWasChanged() {
        JsonNode event = linkedTariffEvents().get(0);
        String eventId = event.get("eventId").asText();
        byte[] original = column("metadata", eventId);
        try {
            String forged = new String(original, StandardCharsets.UTF_8).replace("\"admin\"", "\"someone-else\"");
            assertThat(jdbc.update("update domainevententry set metadata = ? where eventidentifier = ?",
                    forged.getBytes(StandardCharsets.UTF_8), eventId)).isEqualTo(1);

            assertBrokenAt(verify(), event, "METADATA_CHANGED");
        } finally {
            jdbc.update("update domainevententry set metadata = ? where eventidentifier = ?", original, eventId);
        }
        assertIntact(verify());
    }

    @Test
    void namesADeletedEvent() {
        JsonNode event = linkedTariffEvents().get(1);
        String eventId = event.get("eventId").asText();
        Map<String, Object> row = jdbc.queryForMap("select * from domainevententry where eventidentifier = ?", eventId);
        try {
            assertThat(jdbc.update("delete from domainevententry where eventidentifier = ?", eventId)).isEqualTo(1);

            assertBrokenAt(verify(), event, "EVENT_DELETED");
        } finally {
            jdbc.update("""
                    insert into domainevententry (globalindex, aggregateidentifier, sequencenumber, type,
                        eventidentifier, metadata, payload, payloadrevision, payloadtype, timestamp)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", row.get("globalindex"), row.get("aggregateidentifier"),
                    row.get("sequencenumber"), row.get("type"), row.get("eventidentifier"), row.get("metadata"),
                    row.get("payload"), row.get("payloadrevision"), row.get("payloadtype"), row.get("timestamp"));
        }
        assertIntact(verify());
    }

    @Test
    void waitsAtAGapInTheGlobalIndexThenLinksPastIt() {
        linkedTariffEvents();
        Long lost = jdbc.queryForObject("select nextval('domain_event_global_index_seq')", Long.class);
        String tariff = desk.tariffWithVersions(1, TestUsers.uniqueId("corr-gap"));
        long position = desk.history(auditor, tariff).get(0).get("position").asLong();
        assertThat(position).isGreaterThan(lost);

        // the lost index might still be a running transaction: the chain waits (10 s by default) ...
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> chainHead() < position);
        // ... then takes the gap as permanent and links past it
        await().atMost(LINKED_WITHIN).pollInterval(Duration.ofMillis(250)).until(() -> chainHead() >= position);
        assertIntact(verify());
    }

    @Test
    void onlyAuditorsVerify() {
        String cashier = desk.user("CASHIER");

        assertThat(desk.api.post("/api/audit/chain-verification", cashier, PASSWORD, null).status()).isEqualTo(403);
        assertThat(desk.get(cashier, "/api/audit/chain").status()).isEqualTo(403);
    }

    /** Three events of a new tariff, once the chain has linked them. */
    private List<JsonNode> linkedTariffEvents() {
        String tariff = desk.tariffWithVersions(3, TestUsers.uniqueId("corr-chain"));
        List<JsonNode> events = desk.history(auditor, tariff);
        long last = events.get(2).get("position").asLong();
        await().atMost(LINKED_WITHIN).pollInterval(Duration.ofMillis(250)).until(() -> chainHead() >= last);
        return events;
    }

    private long chainHead() {
        return desk.get(auditor, "/api/audit/chain").json().get("position").asLong();
    }

    private JsonNode verify() {
        Reply reply = desk.api.post("/api/audit/chain-verification", auditor, PASSWORD, null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static void assertIntact(JsonNode verification) {
        assertThat(verification.get("intact").asBoolean()).as(verification.toString()).isTrue();
        assertThat(verification.get("eventsChecked").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(verification.get("firstBrokenPosition").isNull()).isTrue();
    }

    private static void assertBrokenAt(JsonNode verification, JsonNode event, String problem) {
        assertThat(verification.get("intact").asBoolean()).as(verification.toString()).isFalse();
        assertThat(verification.get("firstBrokenPosition").asLong()).isEqualTo(event.get("position").asLong());
        assertThat(verification.get("firstBrokenEventId").asText()).isEqualTo(event.get("eventId").asText());
        assertThat(verification.get("problem").asText()).isEqualTo(problem);
        assertThat(verification.get("reason").asText()).isNotBlank();
    }

    private byte[] column(String column, String eventId) {
        return jdbc.queryForObject("select " + column + " from domainevententry where eventidentifier = ?",
                byte[].class, eventId);
    }
}
