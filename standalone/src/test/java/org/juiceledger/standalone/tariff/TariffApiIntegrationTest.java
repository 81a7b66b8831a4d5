package org.juiceledger.standalone.tariff;

import com.fasterxml.jackson.databind.JsonNode;
import org.juiceledger.platform.testing.JuiceApi;
import org.juiceledger.platform.testing.JuiceApi.Reply;
import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.juiceledger.platform.testing.TestUsers;
import org.juiceledger.standalone.testing.Desk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.juiceledger.platform.testing.JuiceApi.json;
import static org.juiceledger.platform.testing.TestUsers.ADMIN;
import static org.juiceledger.platform.testing.TestUsers.ADMIN_PASSWORD;

/** The tariff slice through the real REST API: command → event store → projection → query. */
@PostgresIntegrationTest
class TariffApiIntegrationTest {

    @LocalServerPort
    int port;
    JuiceApi api;

    @BeforeEach
    void setUp() {
        api = new JuiceApi(port);
    }

    @Test
    void publishedTariffCanBeReadBackWithExactFigures() {
        String id = TestUsers.uniqueId("res");
        Reply created = api.post("/api/tariffs", ADMIN, ADMIN_PASSWORD, json("tariffId", id,
                "name", "Residential", "pricePerKwh", "0.666666", "taxPercent", "15",
                "effectiveFrom", "2026-01-01"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("version").asInt()).isEqualTo(1);

        JsonNode tariff = awaitTariff(id, 1);
        assertThat(tariff.get("name").asText()).isEqualTo("Residential");
        assertThat(tariff.get("pricePerKwh").asText()).isEqualTo("0.666666");
        assertThat(tariff.get("taxPercent").asText()).isEqualTo("15.00");
        assertThat(tariff.get("effectiveFrom").asText()).isEqualTo("2026-01-01");
        assertThat(tariff.get("history").get(0).get("publishedBy").asText()).isEqualTo(ADMIN);
    }

    @Test
    void newVersionKeepsTheOldOneInHistory() {
        String id = TestUsers.uniqueId("com");
        publish(id, "0.500000", "2026-01-01");
        Reply second = publish(id, "0.550000", "2026-07-01");

        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().get("version").asInt()).isEqualTo(2);
        JsonNode tariff = awaitTariff(id, 2);
        assertThat(tariff.get("pricePerKwh").asText()).isEqualTo("0.550000");
        assertThat(tariff.get("history")).hasSize(2);
        assertThat(tariff.get("history").get(1).get("pricePerKwh").asText()).isEqualTo("0.500000");

        Reply list = api.get("/api/tariffs", ADMIN, ADMIN_PASSWORD);
        long listed = 0;
        for (JsonNode row : list.json()) {
            if (row.get("tariffId").asText().equals(id)) {
                listed++;
                assertThat(row.get("version").asInt()).isEqualTo(2);
            }
        }
        assertThat(listed).as("only the current version is listed").isEqualTo(1);
    }

    @Test
    void versionTakingEffectBeforeTheCurrentOneIsRefused() {
        String id = TestUsers.uniqueId("late");
        publish(id, "0.500000", "2026-06-01");

        Reply refused = publish(id, "0.400000", "2026-01-01");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asText()).isEqualTo("TARIFF_VERSION_OUTDATED");
        assertThat(awaitTariff(id, 1).get("pricePerKwh").asText()).isEqualTo("0.500000");
    }

    @Test
    void whatWasJustWrittenIsReadBackAtOnce() {
        for (int i = 0; i < 10; i++) {
            String id = TestUsers.uniqueId("ryw");
            assertThat(publish(id, "0.5" + i + "0000", "2026-01-01").status()).isEqualTo(201);

            Reply read = api.get("/api/tariffs/" + id, ADMIN, ADMIN_PASSWORD);

            assertThat(read.status()).as("read %s straight after its write", i).isEqualTo(200);
            assertThat(read.json().get("pricePerKwh").asText()).isEqualTo("0.5" + i + "0000");
        }
    }

    /** Sales read a tariff's price through a cache on the command side; a new version must reach the next sale. */
    @Test
    void aNewVersionPricesTheNextSale() {
        Desk desk = new Desk(port);
        String id = TestUsers.uniqueId("sale");
        publish(id, "0.500000", "2026-01-01");
        String account = desk.account(id);
        String meter = desk.stsMeter(account);
        String sale = "/api/accounts/" + account + "/purchases";
        JsonNode first = desk.transact(desk.cashier, sale, json("amount", "10.00", "tender", "CASH", "meterNumber", meter));
        publish(id, "1.000000", "2026-07-01");

        JsonNode second = desk.transact(desk.cashier, sale, json("amount", "10.00", "tender", "CASH", "meterNumber", meter));

        assertThat(first.get("units").asText()).isEqualTo("20.0");
        assertThat(second.get("units").asText()).as("priced at the new version").isEqualTo("10.0");
    }

    private Reply publish(String id, String price, String effectiveFrom) {
        return api.post("/api/tariffs", ADMIN, ADMIN_PASSWORD, json("tariffId", id, "name", "Tariff " + id,
                "pricePerKwh", price, "taxPercent", "0", "effectiveFrom", effectiveFrom));
    }

    private JsonNode awaitTariff(String id, int version) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> api.get("/api/tariffs/" + id, ADMIN, ADMIN_PASSWORD),
                        reply -> reply.status() == 200 && reply.json().get("version").asInt() == version)
                .json();
    }
}
