package org.juiceledger.standalone.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.juiceledger.platform.testing.TestUsers;
import org.juiceledger.standalone.JuiceLedgerApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.juiceledger.platform.testing.TestUsers.PASSWORD;

/** The history and the hash chain on the standalone's embedded H2 database (plain SQL, no PostgreSQL). */
class AuditOnH2IntegrationTest {

    @TempDir
    Path dataDirectory;

    @Test
    void readsHistoryLinksAndVerifiesOnH2() {
        try (ConfigurableApplicationContext app = start()) {
            AuditDesk desk = new AuditDesk(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
            String auditor = desk.user("AUDITOR");
            String tariff = desk.tariffWithVersions(2, TestUsers.uniqueId("corr-h2"));

            List<JsonNode> events = desk.history(auditor, tariff);
            assertThat(events).extracting(e -> e.get("sequence").asLong()).containsExactly(0L, 1L);
            assertThat(events.get(1).get("payload").get("name").asText()).isEqualTo("Audited 2");
            long last = events.get(1).get("position").asLong();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> desk.get(auditor, "/api/audit/chain").json().get("position").asLong() >= last);
            assertThat(verify(desk, auditor).get("intact").asBoolean()).isTrue();

            String eventId = events.get(0).get("eventId").asText();
            app.getBean(JdbcTemplate.class).update("update domainevententry set payload = ? where eventidentifier = ?",
                    "{\"forged\":true}".getBytes(StandardCharsets.UTF_8), eventId);

            JsonNode broken = verify(desk, auditor);
            assertThat(broken.get("intact").asBoolean()).isFalse();
            assertThat(broken.get("firstBrokenEventId").asText()).isEqualTo(eventId);
            assertThat(broken.get("problem").asText()).isEqualTo("PAYLOAD_CHANGED");
        }
    }

    private static JsonNode verify(AuditDesk desk, String auditor) {
        return desk.api.post("/api/audit/chain-verification", auditor, PASSWORD, null).json();
    }

    private ConfigurableApplicationContext start() {
        String url = "jdbc:h2:file:" + dataDirectory.resolve("juice").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        return new SpringApplicationBuilder(JuiceLedgerApplication.class)
                .run("--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=sa",
                        "--spring.datasource.password=", "--juice.admin.password=" + TestUsers.ADMIN_PASSWORD,
                        "--juice.cards.pin-key-file=" + dataDirectory.resolve("pin.key"),
                        "--juice.audit.chain.initial-delay=PT0.5S", "--juice.audit.chain.interval=PT0.5S");
    }
}
