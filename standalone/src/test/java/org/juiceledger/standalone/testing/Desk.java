package org.juiceledger.standalone.testing;

import com.fasterxml.jackson.databind.JsonNode;
import org.juiceledger.platform.testing.JuiceApi;
import org.juiceledger.platform.testing.JuiceApi.Reply;
import org.juiceledger.platform.testing.TestUsers;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.juiceledger.platform.testing.JuiceApi.json;

/**
 * A utility's front desk for the tests: an admin, a supervisor and a cashier with their own logins,
 * and short ways to open accounts, register meters and read the overview once it has caught up.
 */
public final class Desk {

    public static final String PASSWORD = TestUsers.PASSWORD;
    private static final SecureRandom RANDOM = new SecureRandom();
    public final JuiceApi api;
    public final String supervisor;
    public final String cashier;

    public Desk(int port) {
        this.api = new JuiceApi(port);
        this.supervisor = user("SUPERVISOR");
        this.cashier = user("CASHIER");
    }

    public String user(String role) {
        return user(role, "1000000.00", "1000000.00");
    }

    public String user(String role, String vendorLimit, String specialLimit) {
        String login = TestUsers.uniqueLogin(role.toLowerCase());
        Reply created = api.post("/api/users", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD, json("login", login,
                "name", role, "password", PASSWORD, "roles", List.of(role),
                "vendorLimit", vendorLimit, "specialLimit", specialLimit));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return login;
    }

    public String tariff(String price, String tax) {
        String id = TestUsers.uniqueId("t");
        Reply reply = api.post("/api/tariffs", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD,
                json("tariffId", id, "name", "Tariff " + id, "pricePerKwh", price, "taxPercent", tax));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return id;
    }

    public String account(String tariffId) {
        Reply reply = api.post("/api/accounts", cashier, PASSWORD,
                json("name", "Thandi Nkosi", "phone", "+27821234567", "tariffId", tariffId));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("accountNumber").asText();
    }

    /** Registers a new STS meter (EA11, DKGA04, base date 2014) and returns its DRN. */
    public String stsMeter(String account) {
        String drn = randomDrn();
        Reply reply = api.post("/api/accounts/" + account + "/meters", cashier, PASSWORD, json("meterNumber", drn,
                "kind", "STS", "sts", Map.of("supplyGroupCode", "123457", "tariffIndex", "01",
                        "keyRevision", 1, "keyType", 2, "baseDate", 2014, "algorithm", "EA11")));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return drn;
    }

    public String amiMeter(String account) {
        String meter = TestUsers.uniqueId("AMI");
        Reply reply = api.post("/api/accounts/" + account + "/meters", cashier, PASSWORD,
                json("meterNumber", meter, "kind", "AMI"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return meter;
    }

    public Reply post(String login, String path, String body) {
        return api.post(path, login, PASSWORD, body);
    }

    /** Posts and expects 201; returns the transaction. */
    public JsonNode transact(String login, String path, String body) {
        Reply reply = post(login, path, body);
        assertThat(reply.status()).as(path + " " + reply.body()).isEqualTo(201);
        return reply.json();
    }

    public JsonNode overviewWhen(String account, Predicate<JsonNode> ready) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> api.get("/api/accounts/" + account + "/overview", cashier, PASSWORD),
                        reply -> reply.status() == 200 && ready.test(reply.json()))
                .json();
    }

    /** Waits until the overview shows this transaction (by number) with this status. */
    public JsonNode overviewShowing(String account, long transactionNumber, String status) {
        return overviewWhen(account, overview -> {
            for (JsonNode row : overview.get("recentTransactions")) {
                if (row.get("transactionNumber").asLong() == transactionNumber) {
                    return row.get("status").asText().equals(status);
                }
            }
            return false;
        });
    }

    public static String randomDrn() {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            digits.append(RANDOM.nextInt(10));
        }
        return digits.append(luhnCheckDigit(digits.toString())).toString();
    }

    static int luhnCheckDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                digit = digit > 9 ? digit - 9 : digit;
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }
}
