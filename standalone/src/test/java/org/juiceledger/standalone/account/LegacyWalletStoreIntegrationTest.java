package org.juiceledger.standalone.account;

import com.fasterxml.jackson.databind.JsonNode;
import org.juiceledger.platform.testing.JuiceApi;
import org.juiceledger.platform.testing.JuiceApi.Reply;
import org.juiceledger.platform.testing.PostgresTestDatabase;
import org.juiceledger.platform.testing.TestUsers;
import org.juiceledger.standalone.JuiceLedgerApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.juiceledger.platform.testing.JuiceApi.json;

/**
 * A store written before the Wallet aggregate — wallet moves in the account's stream, restored from
 * {@code legacy-stores/wallet-in-account.sql.gz} (see its README) — run by this version: the wallets
 * open with what the accounts' streams said they held, refuse what they never held, move on from
 * there, reverse a transfer made by the old version, and verification and a full replay agree with
 * the figures the old version showed.
 */
class LegacyWalletStoreIntegrationTest {

    static final String DUMP = "/legacy-stores/wallet-in-account.sql.gz";
    static final String ADMIN = "admin:Legacy-Pass-2026x";
    static final String CASHIER = "legacy-cashier";
    static final String SUPERVISOR = "legacy-supervisor";
    static final String PASSWORD = "Legacy-user-pw-2026";
    static final String FIRST = "10000003";
    static final String SECOND = "10000004";
    static final long OLD_TRANSFER = 1000013;

    private static ConfigurableApplicationContext app;
    private static JuiceApi api;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void restoreAndStart() throws Exception {
        String url = PostgresTestDatabase.freshDatabase("juice_legacy_wallet_");
        restore(url);
        app = new SpringApplicationBuilder(JuiceLedgerApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + PostgresTestDatabase.user(),
                "--spring.datasource.password=" + PostgresTestDatabase.password(),
                "--juice.cards.pin-key=" + TestUsers.PIN_KEY, "--juice.sts.vending-key=" + TestUsers.VENDING_KEY);
        api = new JuiceApi(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
        jdbc = app.getBean(JdbcTemplate.class);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void walletsKeptInAccountStreamsOpenWithTheirBalancesAndReplayToTheSameFigures() {
        assertThat(wallet(FIRST)).isEqualTo("25.00");
        assertThat(wallet(SECOND)).isEqualTo("17.25");

        Reply tooMuch = transfer(FIRST, SECOND, "25.01");
        assertThat(tooMuch.status()).as(tooMuch.body()).isEqualTo(422);
        assertThat(tooMuch.json().get("code").asText()).isEqualTo("INSUFFICIENT_WALLET_BALANCE");
        assertThat(walletStream(FIRST)).as("a refused command stores not even the opening").isEmpty();

        Reply all = transfer(FIRST, SECOND, "25.00");
        assertThat(all.status()).as(all.body()).isEqualTo(201);
        assertThat(walletStream(FIRST)).containsExactly(
                "WalletOpened {\"accountNumber\":\"10000003\",\"openingBalance\":25.00}",
                "WalletDebited {\"accountNumber\":\"10000003\",\"transactionNumber\":" + number(all)
                        + ",\"amount\":25.00,\"balance\":0.00}");
        assertThat(walletStream(SECOND)).first().isEqualTo(
                "WalletOpened {\"accountNumber\":\"10000004\",\"openingBalance\":17.25}");

        Reply reversal = api.post("/api/transactions/" + OLD_TRANSFER + "/reversal", SUPERVISOR, PASSWORD,
                json("reason", "reversing what the old version recorded"));
        assertThat(reversal.status()).as(reversal.body()).isEqualTo(201);
        awaitWallets("5.00", "37.25");

        JsonNode verified = verify();
        assertThat(verified.get("mismatchCount").asLong()).as(verified.toString()).isZero();

        Reply replay = api.exchange(org.springframework.http.HttpMethod.POST, "/api/admin/replay", "admin",
                "Legacy-Pass-2026x", null, java.util.Map.of());
        assertThat(replay.status()).as(replay.body()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> api.get("/api/admin/replay", "admin", "Legacy-Pass-2026x").json()
                        .get("rebuilding").asBoolean(), rebuilding -> !rebuilding);
        awaitWallets("5.00", "37.25");
        assertThat(verify().get("mismatchCount").asLong()).isZero();
    }

    private static Reply transfer(String from, String to, String amount) {
        return api.post("/api/accounts/" + from + "/wallet/transfers", CASHIER, PASSWORD,
                json("toAccount", to, "amount", amount));
    }

    private static long number(Reply reply) {
        return reply.json().get("transactionNumber").asLong();
    }

    private static String wallet(String account) {
        Reply overview = api.get("/api/accounts/" + account + "/overview", CASHIER, PASSWORD);
        assertThat(overview.status()).as(overview.body()).isEqualTo(200);
        return overview.json().get("balances").get("wallet").asText();
    }

    private static void awaitWallets(String first, String second) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> List.of(wallet(FIRST), wallet(SECOND)), List.of(first, second)::equals);
    }

    /** The wallet's stream as "Type payload", oldest first. */
    private static List<String> walletStream(String account) {
        return jdbc.query("select payloadtype, convert_from(payload, 'UTF8') from domainevententry "
                        + "where aggregateidentifier = ? order by sequencenumber",
                (row, i) -> row.getString(1).substring(row.getString(1).lastIndexOf('.') + 1) + " " + row.getString(2),
                "WALLET-" + account);
    }

    private static JsonNode verify() {
        String auditor = "w1796623191auditor";
        String password = "Workload-check-pw-2026";
        Reply started = api.post("/api/audit/verification", auditor, password, null);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String location = started.header("Location").get(0);
        JsonNode finished = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> api.get(location, auditor, password).json(), s -> !s.get("state").asText().equals("RUNNING"));
        assertThat(finished.get("state").asText()).as(finished.toString()).isEqualTo("DONE");
        return finished.get("result");
    }

    /** Restores the dump into the fresh database with psql, as an operator would. */
    private static void restore(String url) throws Exception {
        URI server = URI.create(url.substring("jdbc:".length()));
        Process psql = new ProcessBuilder("psql", "-q", "-v", "ON_ERROR_STOP=1", "-h", server.getHost(),
                "-p", String.valueOf(server.getPort()), "-U", PostgresTestDatabase.user(), "-d",
                server.getPath().substring(1)).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (InputStream dump = new GZIPInputStream(LegacyWalletStoreIntegrationTest.class.getResourceAsStream(DUMP));
             OutputStream in = psql.getOutputStream()) {
            dump.transferTo(in);
        }
        assertThat(psql.waitFor(60, TimeUnit.SECONDS)).as("psql finished").isTrue();
        assertThat(psql.exitValue()).as("psql restored the dump").isZero();
    }
}
