package org.juiceledger.standalone.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.juiceledger.platform.testing.JuiceApi.Reply;
import org.juiceledger.platform.testing.PostgresTestDatabase;
import org.juiceledger.platform.testing.TestUsers;
import org.juiceledger.query.audit.EventReader;
import org.juiceledger.query.audit.EventStoreApiReader;
import org.juiceledger.query.audit.SqlEventReader;
import org.juiceledger.query.audit.StoredEvent;
import org.juiceledger.standalone.JuiceLedgerApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.juiceledger.platform.testing.TestUsers.PASSWORD;

/**
 * Audit history, NDJSON export, the hash chain and its check, and projection verification read
 * through Axon's event store API ({@link EventStoreApiReader}, what runs with Axon Server), here
 * over the JDBC store so that CI runs it: on an application of its own on a fresh database (its
 * chain is linked by this reader from the first event). It reads the same events as the SQL reader,
 * the chain covers every stored event, and a payload changed in the table is named.
 */
class AuditThroughEventStoreApiIntegrationTest {

    private static ConfigurableApplicationContext app;
    private static AuditDesk desk;
    private static String auditor;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void start() {
        String url = PostgresTestDatabase.freshDatabase("juice_audit_api_");
        app = new SpringApplicationBuilder(JuiceLedgerApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + PostgresTestDatabase.user(),
                "--spring.datasource.password=" + PostgresTestDatabase.password(),
                "--juice.admin.password=" + TestUsers.ADMIN_PASSWORD, "--juice.cards.pin-key=" + TestUsers.PIN_KEY,
                "--juice.sts.vending-key=" + TestUsers.VENDING_KEY, "--juice.audit.event-reader=event-store",
                "--juice.audit.chain.initial-delay=PT0.5S", "--juice.audit.chain.interval=PT0.5S");
        desk = new AuditDesk(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
        auditor = desk.user("AUDITOR");
        jdbc = app.getBean(JdbcTemplate.class);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theApplicationReadsThroughTheEventStoreApiAndSeesWhatTheTableHolds() {
        desk.tariffWithVersions(2, TestUsers.uniqueId("corr-api"));
        EventReader reader = app.getBean(EventReader.class);
        assertThat(reader).isInstanceOf(EventStoreApiReader.class);
        SqlEventReader table = new SqlEventReader(jdbc);

        List<StoredEvent> throughApi = reader.after(reader.origin(), 1000);
        List<StoredEvent> fromTable = table.after(table.origin(), 1000);

        assertThat(throughApi).isNotEmpty().hasSameSizeAs(fromTable);
        for (int i = 0; i < fromTable.size(); i++) {
            StoredEvent expected = fromTable.get(i);
            StoredEvent actual = throughApi.get(i);
            assertThat(actual.position()).isEqualTo(expected.position());
            assertThat(actual.eventId()).isEqualTo(expected.eventId());
            assertThat(actual.aggregateId()).isEqualTo(expected.aggregateId());
            assertThat(actual.sequence()).isEqualTo(expected.sequence());
            assertThat(actual.payloadType()).isEqualTo(expected.payloadType());
            assertThat(actual.payload()).as("the stored payload bytes").isEqualTo(expected.payload());
        }
        assertThat(reader.head()).isEqualTo(table.head());
        assertThat(reader.count(reader.head())).isEqualTo(table.count(table.head()));
        long middle = fromTable.get(fromTable.size() / 2).position();
        assertThat(reader.between(middle, reader.head(), 1000)).extracting(StoredEvent::eventId)
                .isEqualTo(table.between(middle, table.head(), 1000).stream().map(StoredEvent::eventId).toList());
    }

    @Test
    void historyExportAndChainCoverEveryStoredEvent() {
        String tariff = desk.tariffWithVersions(2, TestUsers.uniqueId("corr-api"));

        List<JsonNode> events = desk.history(auditor, tariff);
        assertThat(events).extracting(e -> e.get("sequence").asLong()).containsExactly(0L, 1L);
        assertThat(events.get(1).get("payload").get("name").asText()).isEqualTo("Audited 2");
        assertThat(events.get(1).get("who").asText()).isEqualTo(TestUsers.ADMIN);
        String lastId = events.get(1).get("eventId").asText();
        long last = jdbc.queryForObject("select globalindex from domainevententry where eventidentifier = ?",
                Long.class, lastId);

        JsonNode head = awaitLinked(last);
        // once linked, an aggregate's events carry their position (the chain names it)
        List<JsonNode> linked = desk.history(auditor, tariff);
        assertThat(linked.get(1).get("position").asLong()).isEqualTo(last);

        Reply stream = desk.get(auditor, "/api/audit/events?afterPosition=" + (last - 1) + "&limit=1");
        assertThat(stream.json().get("events").get(0).get("eventId").asText()).isEqualTo(lastId);
        Reply fromStart = desk.get(auditor, "/api/audit/events?limit=1");
        assertThat(fromStart.json().get("events").get(0).get("position").asLong())
                .isEqualTo(jdbc.queryForObject("select min(globalindex) from domainevententry", Long.class));
        Reply export = desk.getNdjson(auditor, "/api/audit/events?aggregateId=" + tariff);
        assertThat(export.body().lines().toList()).hasSize(2);

        JsonNode verified = verifyChain();
        assertThat(verified.get("intact").asBoolean()).as(verified.toString()).isTrue();
        long linkedUpTo = verified.get("linkedUpTo").asLong();
        assertThat(linkedUpTo).isEqualTo(head.get("position").asLong());
        assertThat(verified.get("eventsChecked").asLong()).as("every stored event up to the head was read")
                .isEqualTo(jdbc.queryForObject("select count(*) from domainevententry where globalindex <= ?",
                        Long.class, linkedUpTo));
    }

    @Test
    void aPayloadChangedInTheStoreIsNamed() {
        String tariff = desk.tariffWithVersions(2, TestUsers.uniqueId("corr-api"));
        JsonNode event = desk.history(auditor, tariff).get(1);
        String eventId = event.get("eventId").asText();
        awaitLinked(jdbc.queryForObject("select globalindex from domainevententry where eventidentifier = ?",
                Long.class, eventId));
        byte[] original = jdbc.queryForObject("select payload from domainevententry where eventidentifier = ?",
                byte[].class, eventId);
        try {
            String forged = new String(original, StandardCharsets.UTF_8).replace("\"Audited 2\"", "\"Forged\"");
            assertThat(jdbc.update("update domainevententry set payload = ? where eventidentifier = ?",
                    forged.getBytes(StandardCharsets.UTF_8), eventId)).isEqualTo(1);

            JsonNode broken = verifyChain();
            assertThat(broken.get("intact").asBoolean()).isFalse();
            assertThat(broken.get("firstBrokenEventId").asText()).isEqualTo(eventId);
            assertThat(broken.get("problem").asText()).isEqualTo("PAYLOAD_CHANGED");
        } finally {
            jdbc.update("update domainevententry set payload = ? where eventidentifier = ?", original, eventId);
        }
        assertThat(verifyChain().get("intact").asBoolean()).isTrue();
    }

    @Test
    void verificationReplaysEveryEventThroughTheApiAndFindsNoMismatch() {
        desk.tariffWithVersions(3, TestUsers.uniqueId("corr-api"));
        Reply started = desk.api.post("/api/audit/verification", auditor, PASSWORD, null);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String location = started.header("Location").get(0);
        JsonNode finished = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100))
                .until(() -> desk.get(auditor, location).json(), s -> !s.get("state").asText().equals("RUNNING"));
        assertThat(finished.get("state").asText()).as(finished.toString()).isEqualTo("DONE");
        JsonNode result = finished.get("result");
        assertThat(result.get("mismatchCount").asLong()).as(result.toString()).isZero();
        assertThat(result.get("eventsReplayed").asLong()).isEqualTo(jdbc.queryForObject(
                "select count(*) from domainevententry where globalindex <= ?", Long.class,
                result.get("headPosition").asLong()));
        assertThat(result.get("headPosition").asLong()).isPositive();
    }

    private static JsonNode awaitLinked(long position) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> desk.get(auditor, "/api/audit/chain").json(),
                        chain -> chain.has("position") && chain.get("position").asLong() >= position);
    }

    private static JsonNode verifyChain() {
        Reply reply = desk.api.post("/api/audit/chain-verification", auditor, PASSWORD, null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }
}
