package org.juiceledger.standalone.cashier;

import com.fasterxml.jackson.databind.JsonNode;
import org.juiceledger.platform.testing.JuiceApi.Reply;
import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.juiceledger.standalone.testing.Desk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.juiceledger.platform.testing.JuiceApi.json;

/** Vendor and special limits: reached, refused, and released by closing the batch. */
@PostgresIntegrationTest
class CashierLimitsIntegrationTest {

    @LocalServerPort
    int port;
    Desk desk;
    String account;

    @BeforeEach
    void setUp() {
        desk = new Desk(port);
        account = desk.account(desk.tariff("0.500000", "0"));
        desk.amiMeter(account);
    }

    @Test
    void aCashierAtTheVendorLimitSellsAgainAfterClosingTheBatch() {
        String cashier = desk.user("CASHIER", "100.00", "0.00");
        sell(cashier, "60.00", 201);
        JsonNode second = sell(cashier, "30.00", 201).json();
        Reply refused = sell(cashier, "20.00", 422);
        assertThat(refused.json().get("code").asText()).isEqualTo("LIMIT_REACHED");
        JsonNode batch = batch(cashier);
        assertThat(batch.get("owed").asText()).isEqualTo("90.00");
        assertThat(batch.get("available").asText()).isEqualTo("10.00");
        assertThat(batch.get("collected").get("CASH").asText()).isEqualTo("90.00");

        Reply settlement = desk.post(cashier, "/api/cashiers/" + cashier + "/batch-close", json("declaredCash", "85.00"));
        assertThat(settlement.status()).as(settlement.body()).isEqualTo(201);
        assertThat(settlement.json().get("batchNumber").asLong()).isEqualTo(1);
        assertThat(settlement.json().get("expected").asText()).isEqualTo("90.00");
        assertThat(settlement.json().get("declared").asText()).isEqualTo("85.00");
        assertThat(settlement.json().get("overShort").asText()).isEqualTo("-5.00");
        JsonNode after = batch(cashier);
        assertThat(after.get("batchNumber").asLong()).isEqualTo(2);
        assertThat(after.get("owed").asText()).as("the shortfall stays owed").isEqualTo("5.00");
        assertThat(after.get("collected").get("CASH").asText()).isEqualTo("0.00");

        JsonNode third = sell(cashier, "20.00", 201).json();
        desk.transact(desk.supervisor, "/api/transactions/" + third.get("transactionNumber").asLong() + "/reversal",
                json("reason", "wrong amount"));
        assertThat(batch(cashier).get("owed").asText()).isEqualTo("5.00");
        assertThat(second.get("total").asText()).isEqualTo("30.00");

        JsonNode report = cashierTotals(cashier, 3);
        assertThat(report.get("rows").toString())
                .contains("\"batchNumber\":1,\"type\":\"Cash\",\"tender\":\"CASH\",\"count\":2,\"amount\":\"90.00\"")
                .contains("\"batchNumber\":2,\"type\":\"Cash\",\"tender\":\"CASH\",\"count\":1,\"amount\":\"20.00\"")
                .contains("\"batchNumber\":2,\"type\":\"Reversal\",\"tender\":\"CASH\",\"count\":1,\"amount\":\"-20.00\"");
        JsonNode settled = report.get("settlements").get(0);
        assertThat(settled.get("expectedCash").asText()).isEqualTo("90.00");
        assertThat(settled.get("declaredCash").asText()).isEqualTo("85.00");
        assertThat(settled.get("overShort").asText()).isEqualTo("-5.00");
    }

    private JsonNode cashierTotals(String cashier, int rows) {
        String finance = desk.user("FINANCE");
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> desk.api.get("/api/reports/cashier-totals?cashier=" + cashier, finance, Desk.PASSWORD),
                        reply -> reply.status() == 200 && reply.json().get("rows").size() == rows
                                && reply.json().get("settlements").size() == 1)
                .json();
    }

    @Test
    void creditNotesAndWriteOffsCountAgainstTheSpecialLimit() {
        String supervisor = desk.user("SUPERVISOR", "1000.00", "50.00");
        String base = "/api/accounts/" + account;
        desk.transact(desk.supervisor, base + "/arrears", json("amount", "100.00", "description", "debt"));
        assertThat(desk.post(supervisor, base + "/wallet/credit-notes", json("amount", "30.00", "note", "goodwill")).status())
                .isEqualTo(201);
        Reply writeOff = desk.post(supervisor, base + "/arrears/write-offs", json("amount", "25.00", "reason", "hardship"));
        assertThat(writeOff.status()).isEqualTo(422);
        assertThat(writeOff.json().get("code").asText()).isEqualTo("LIMIT_REACHED");
        assertThat(batch(supervisor).get("specialUsed").asText()).isEqualTo("30.00");
        assertThat(desk.post(supervisor, base + "/arrears/write-offs", json("amount", "20.00", "reason", "hardship")).status())
                .isEqualTo(201);
    }

    @Test
    void cashiersSeeOnlyTheirOwnBatch() {
        String one = desk.user("CASHIER", "100.00", "0.00");
        String other = desk.user("CASHIER", "100.00", "0.00");
        assertThat(desk.api.get("/api/cashiers/" + other + "/batch", one, Desk.PASSWORD).status()).isEqualTo(403);
        assertThat(desk.post(one, "/api/cashiers/" + other + "/batch-close", json("declaredCash", "0")).status()).isEqualTo(403);
    }

    private Reply sell(String cashier, String amount, int status) {
        Reply reply = desk.post(cashier, "/api/accounts/" + account + "/purchases", json("amount", amount, "tender", "CASH"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        return reply;
    }

    private JsonNode batch(String cashier) {
        Reply reply = desk.api.get("/api/cashiers/" + cashier + "/batch", cashier, Desk.PASSWORD);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }
}
