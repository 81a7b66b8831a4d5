package org.juiceledger.standalone.verification;

import com.fasterxml.jackson.databind.JsonNode;
import org.juiceledger.platform.testing.JuiceApi.Reply;
import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.juiceledger.platform.testing.TestUsers;
import org.juiceledger.standalone.testing.Desk;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.juiceledger.platform.testing.JuiceApi.json;

/**
 * Auditors' checks: verification finds nothing wrong after a scripted run, names a projection row
 * changed behind its back, and a full replay rebuilds reports identical to the ones before it.
 */
@PostgresIntegrationTest
class VerificationAndReplayIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void verificationFindsTheCorruptedRowAndReplayRebuildsTheSameReports() {
        Desk desk = new Desk(port);
        String auditor = desk.user("AUDITOR");
        String[] run = scriptedRun(desk);
        String account = run[0];
        JsonNode overviewBefore = desk.overviewShowing(account, Long.parseLong(run[1]), "REVERSED");
        overviewBefore = desk.overviewWhen(account, o -> o.get("recentTransactions").size() == 4
                && o.get("balances").get("wallet").asText().equals("0.00"));

        JsonNode clean = verify(desk, auditor);
        assertThat(clean.get("eventsReplayed").asLong()).isPositive();
        assertThat(clean.get("mismatches")).as(clean.toString()).isEmpty();

        jdbc.update("update account_view set wallet_balance = wallet_balance + 1 where account_number = ?", account);
        try {
            JsonNode corrupted = verify(desk, auditor);
            assertThat(corrupted.get("mismatches")).hasSize(1);
            JsonNode mismatch = corrupted.get("mismatches").get(0);
            assertThat(mismatch.get("projection").asText()).isEqualTo("account_view");
            assertThat(mismatch.get("key").asText()).isEqualTo(account);
            assertThat(mismatch.get("field").asText()).isEqualTo("wallet_balance");
        } finally {
            jdbc.update("update account_view set wallet_balance = wallet_balance - 1 where account_number = ?", account);
        }

        JsonNode inventoryBefore = desk.api.get("/api/reports/card-inventory", desk.supervisor, Desk.PASSWORD).json();
        Reply replay = desk.api.post("/api/admin/replay", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD, null);
        assertThat(replay.status()).isEqualTo(202);
        assertThat(replay.json().get("replaying").toString()).contains("account-projection", "card-projection");
        awaitRebuilt(desk);

        assertThat(desk.api.get("/api/accounts/" + account + "/overview", desk.cashier, Desk.PASSWORD).json())
                .isEqualTo(overviewBefore);
        assertThat(desk.api.get("/api/reports/card-inventory", desk.supervisor, Desk.PASSWORD).json())
                .isEqualTo(inventoryBefore);
        assertThat(verify(desk, auditor).get("mismatches")).isEmpty();
    }

    /** Returns the account and the number of its reversed deposit. */
    private static String[] scriptedRun(Desk desk) {
        String account = desk.account(desk.tariff("0.500000", "0"));
        String meter = desk.stsMeter(account);
        String base = "/api/accounts/" + account;
        desk.transact(desk.supervisor, base + "/arrears", json("amount", "20.00", "description", "old bill"));
        desk.transact(desk.cashier, base + "/purchases", json("amount", "30.00", "tender", "CASH", "meterNumber", meter));
        long deposit = desk.transact(desk.cashier, base + "/wallet/deposits", json("amount", "15.00", "tender", "DC"))
                .get("transactionNumber").asLong();
        desk.transact(desk.supervisor, "/api/transactions/" + deposit + "/reversal", json("reason", "wrong account"));
        return new String[]{account, String.valueOf(deposit)};
    }

    private static JsonNode verify(Desk desk, String auditor) {
        return Verifications.result(desk, auditor);
    }

    private static void awaitRebuilt(Desk desk) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
            JsonNode status = desk.api.get("/api/admin/replay", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD).json();
            long head = status.get("headPosition").asLong();
            for (JsonNode processor : status.get("processors")) {
                if (processor.get("rebuilding").asBoolean() || processor.get("position").asLong() < head) {
                    return false;
                }
            }
            return true;
        });
    }
}
