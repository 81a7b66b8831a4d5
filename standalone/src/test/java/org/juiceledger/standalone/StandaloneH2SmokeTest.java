package org.juiceledger.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.juiceledger.platform.testing.JuiceApi;
import org.juiceledger.platform.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.juiceledger.platform.testing.JuiceApi.json;

/**
 * The standalone application on its embedded default (an H2 file database, no PostgreSQL): it
 * starts, serves a tariff, and still has it after a restart.
 */
class StandaloneH2SmokeTest {

    @TempDir
    Path dataDirectory;

    @Test
    void runsOnH2AndKeepsDataAcrossRestarts() {
        String id = TestUsers.uniqueId("h2");
        try (ConfigurableApplicationContext first = start()) {
            JuiceApi api = api(first);
            assertThat(api.get("/actuator/health", null, null).json().get("status").asText()).isEqualTo("UP");
            JuiceApi.Reply created = api.post("/api/tariffs", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD,
                    json("tariffId", id, "name", "Embedded", "pricePerKwh", "0.25", "taxPercent", "0"));
            assertThat(created.status()).isEqualTo(201);
            awaitPrice(api, id);
        }
        try (ConfigurableApplicationContext second = start()) {
            assertThat(awaitPrice(api(second), id)).isEqualTo("0.250000");
        }
    }

    private ConfigurableApplicationContext start() {
        String url = "jdbc:h2:file:" + dataDirectory.resolve("juice").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        return new SpringApplicationBuilder(JuiceLedgerApplication.class)
                .run("--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=sa",
                        "--spring.datasource.password=", "--juice.admin.password=" + TestUsers.ADMIN_PASSWORD,
                        "--juice.cards.pin-key-file=" + dataDirectory.resolve("pin.key"));
    }

    private static JuiceApi api(ConfigurableApplicationContext context) {
        return new JuiceApi(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
    }

    private static String awaitPrice(JuiceApi api, String id) {
        JsonNode tariff = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> api.get("/api/tariffs/" + id, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD),
                        reply -> reply.status() == 200)
                .json();
        return tariff.get("pricePerKwh").asText();
    }
}
