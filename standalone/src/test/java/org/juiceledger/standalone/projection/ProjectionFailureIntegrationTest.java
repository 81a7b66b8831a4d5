package org.juiceledger.standalone.projection;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.Segment;
import org.juiceledger.platform.testing.JuiceApi;
import org.juiceledger.platform.testing.JuiceApi.Reply;
import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.juiceledger.platform.testing.TestUsers;
import org.juiceledger.standalone.testing.CardStock;
import org.juiceledger.standalone.testing.Desk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.juiceledger.platform.testing.JuiceApi.json;

/**
 * A projection write that fails when its batch commits (a CHECK constraint the test adds, which one
 * account's rows violate): the event goes to the dead-letter queue, the rest of its segment keeps
 * flowing, the status and the reads say so, and a retry after the fix projects it. The ledger, which
 * has no dead-letter queue, stops and shows as failing, and goes on once the constraint is gone.
 */
@PostgresIntegrationTest
class ProjectionFailureIntegrationTest {

    private static final String ACCOUNTS = "account-projection";
    private static final String LEDGER = "ledger-projection";
    private static final String CARDS = "card-projection";
    private static final String STALE = "X-Projection-Stale";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(100);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry metrics;

    @AfterEach
    void dropPoison() {
        jdbc.execute("alter table transaction_view drop constraint if exists poison_transaction");
        jdbc.execute("alter table journal_line drop constraint if exists poison_posting");
        jdbc.execute("alter table card_view drop constraint if exists poison_card");
    }

    /**
     * The card projection writes its new cards as JDBC batches when its batch commits (CardRows): a
     * card row the database refuses then fails the whole batch, which is projected again event by
     * event, each card's rows written at its own commit. Only the refused cards are dead-lettered.
     */
    @Test
    void aCardRowRefusedAtCommitDeadLettersOnlyItsCardsAndARetryProjectsThemAfterTheFix() {
        Desk desk = new Desk(port);
        CardStock stock = new CardStock(desk, desk.user("CARD_ADMIN"));
        jdbc.execute("alter table card_view add constraint poison_card check (denomination <> 13.37) not valid");
        CardStock.Batch poisoned = stock.generate(3, "13.37", 16, "NUMERIC");
        CardStock.Batch bystander = stock.generate(2, "5.00", 16, "NUMERIC");

        List<JsonNode> letters = await().atMost(PATIENCE).pollInterval(POLL)
                .until(() -> deadLettersOf(CARDS), l -> l.size() >= 3);
        assertThat(letters).extracting(l -> l.get("eventType").asText()).containsOnly("CardIssued");
        assertThat(letters).extracting(l -> l.get("sequence").asText())
                .containsExactlyInAnyOrderElementsOf(poisoned.serials());
        await().atMost(PATIENCE).pollInterval(POLL).until(() -> card(desk, bystander.serial(1)).status() == 200);
        assertThat(card(desk, bystander.serial(0)).status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from card_view where serial in (?, ?, ?)", Long.class,
                poisoned.serials().toArray())).isZero();

        jdbc.execute("alter table card_view drop constraint poison_card");
        JsonNode fixed = retry(CARDS);
        assertThat(fixed.get("projected").asInt()).isEqualTo(3);
        assertThat(fixed.get("stillFailing").asInt()).isZero();
        assertThat(deadLettersOf(CARDS)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from card_view where serial in (?, ?, ?) and state = 'AVAILABLE'"
                + " and denomination = 13.37", Long.class, poisoned.serials().toArray())).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from card_history where serial in (?, ?, ?) and event = 'CardIssued'",
                Long.class, poisoned.serials().toArray())).as("one history line each, not two").isEqualTo(3);
    }

    private Reply card(Desk desk, String serial) {
        return desk.api.get("/api/cards/" + serial, desk.cashier, Desk.PASSWORD);
    }

    @Test
    void aPoisonedAccountWaitsInTheDeadLetterQueueWhileItsSegmentGoesOnAndARetryProjectsItAfterTheFix() {
        Desk desk = new Desk(port);
        String tariff = desk.tariff("0.500000", "0");
        String poisoned = desk.account(tariff);
        String bystander = accountInTheSegmentOf(desk, tariff, poisoned);
        desk.overviewWhen(bystander, overview -> true);
        double failedBefore = deadLettered("failed");
        double behindBefore = deadLettered("behind");

        jdbc.execute("alter table transaction_view add constraint poison_transaction check (account_number <> '"
                + poisoned + "')");
        long poisonedDeposit = deposit(desk, poisoned, "40.00");
        deposit(desk, bystander, "25.00");

        JsonNode bystanderOverview = desk.overviewWhen(bystander,
                overview -> overview.get("balances").get("wallet").asText().equals("25.00"));
        assertThat(bystanderOverview.get("recentTransactions")).hasSize(1);
        List<JsonNode> letters = awaitDeadLetters(2);
        assertThat(letters).extracting(l -> l.get("eventType").asText())
                .containsExactly("TransactionRecorded", "WalletCredited");
        assertThat(letters).allSatisfy(letter -> {
            assertThat(letter.get("projection").asText()).isEqualTo(ACCOUNTS);
            assertThat(letter.get("sequence").asText()).isEqualTo(poisoned);
        });
        assertThat(letters.get(0).get("payload").get("transactionNumber").asLong()).isEqualTo(poisonedDeposit);
        assertThat(letters.get(0).get("cause").get("message").asText()).contains("poison_transaction")
                .doesNotContain("Failing row");
        assertThat(letters.get(1).get("cause").isNull()).as("waits behind the first").isTrue();
        assertThat(deadLettered("failed") - failedBefore).isEqualTo(1.0);
        assertThat(deadLettered("behind") - behindBefore).isEqualTo(1.0);

        JsonNode accounts = processor(ACCOUNTS);
        assertThat(accounts.get("failing").asBoolean()).isTrue();
        assertThat(accounts.get("stalled").asBoolean()).as("its segments go on").isFalse();
        assertThat(accounts.get("deadLetters").asLong()).isEqualTo(2);

        Reply poisonedOverview = desk.api.get("/api/accounts/" + poisoned + "/overview", desk.cashier, Desk.PASSWORD);
        assertThat(poisonedOverview.status()).isEqualTo(200);
        assertThat(poisonedOverview.json().get("balances").get("wallet").asText()).isEqualTo("0.00");
        assertThat(poisonedOverview.header(STALE)).singleElement().asString()
                .startsWith(ACCOUNTS + "; behind=").contains("dead-letters=2").doesNotContain(LEDGER);

        JsonNode stillPoisoned = retry(ACCOUNTS);
        assertThat(stillPoisoned.get("projected").asInt()).isZero();
        assertThat(stillPoisoned.get("stillFailing").asInt()).isEqualTo(1);
        assertThat(stillPoisoned.get("remaining").asLong()).isEqualTo(2);

        jdbc.execute("alter table transaction_view drop constraint poison_transaction");
        JsonNode fixed = retry(ACCOUNTS);
        assertThat(fixed.get("projected").asInt()).isEqualTo(2);
        assertThat(fixed.get("stillFailing").asInt()).isZero();
        assertThat(fixed.get("remaining").asLong()).isZero();

        assertThat(deadLettersOf(ACCOUNTS)).isEmpty();
        Reply healed = desk.api.get("/api/accounts/" + poisoned + "/overview", desk.cashier, Desk.PASSWORD);
        assertThat(healed.json().get("balances").get("wallet").asText()).isEqualTo("40.00");
        assertThat(healed.json().get("recentTransactions").get(0).get("transactionNumber").asLong())
                .isEqualTo(poisonedDeposit);
        assertThat(healed.header(STALE)).isEmpty();
        assertThat(processor(ACCOUNTS).get("failing").asBoolean()).isFalse();
    }

    @Test
    void deadLettersAreForAdminsAndAuditorsAndUnknownOnesAreProblems() {
        Desk desk = new Desk(port);
        String auditor = desk.user("AUDITOR");
        assertThat(desk.api.get("/api/admin/dead-letters", auditor, Desk.PASSWORD).status()).isEqualTo(200);
        assertThat(desk.api.get("/api/admin/dead-letters", desk.cashier, Desk.PASSWORD).status()).isEqualTo(403);
        assertThat(desk.post(auditor, "/api/admin/dead-letters/" + ACCOUNTS + "/retry", null).status()).isEqualTo(403);

        Reply noQueue = desk.api.post("/api/admin/dead-letters/" + LEDGER + "/retry", TestUsers.ADMIN,
                TestUsers.ADMIN_PASSWORD, null);
        assertThat(noQueue.status()).isEqualTo(404);
        assertThat(noQueue.contentType()).startsWith("application/problem+json");
        assertThat(noQueue.json().get("code").asText()).isEqualTo("PROJECTION_NOT_FOUND");

        Reply noLetter = desk.api.exchange(HttpMethod.DELETE, "/api/admin/dead-letters/" + ACCOUNTS + "/no-such-event",
                TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD, null, Map.of());
        assertThat(noLetter.status()).isEqualTo(404);
        assertThat(noLetter.json().get("code").asText()).isEqualTo("DEAD_LETTER_NOT_FOUND");

        Reply tooMany = desk.api.get("/api/admin/dead-letters?limit=100000", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        assertThat(tooMany.status()).isEqualTo(400);
    }

    @Test
    void aLedgerPostingThatFailsAtCommitStopsTheLedgerVisiblyWithoutHoldingUpOtherReads() {
        Desk desk = new Desk(port);
        String finance = desk.user("FINANCE");
        String account = desk.account(desk.tariff("0.500000", "0"));
        desk.overviewWhen(account, overview -> true);
        await().atMost(PATIENCE).pollInterval(POLL).until(() -> processor(LEDGER),
                status -> !status.get("failing").asBoolean() && status.get("behind").asLong() == 0);

        jdbc.execute("alter table journal_line add constraint poison_posting check (debit <> 987.65 and credit <> 987.65)");
        try {
            deposit(desk, account, "987.65");

            JsonNode ledger = await().atMost(PATIENCE).pollInterval(POLL)
                    .until(() -> processor(LEDGER), status -> status.get("stalled").asBoolean());
            assertThat(ledger.get("failing").asBoolean()).isTrue();
            assertThat(ledger.get("deadLetters").asLong()).isZero();
            JsonNode stall = ledger.get("stalledSegments").get(0);
            assertThat(stall.get("segment").asInt()).isZero();
            assertThat(stall.get("eventType").asText()).isEqualTo("TransactionRecorded");
            assertThat(stall.get("error").asText()).contains("poison_posting");

            long started = System.nanoTime();
            Reply trialBalance = desk.api.get("/api/reports/trial-balance", finance, Desk.PASSWORD);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(trialBalance.status()).isEqualTo(200);
            assertThat(trialBalance.header(STALE)).singleElement().asString()
                    .startsWith(LEDGER + "; behind=").contains("stalled");
            assertThat(took).as("a stalled ledger is not waited for (the wait is 2 s)").isLessThan(Duration.ofMillis(1500));

            Reply overview = desk.api.get("/api/accounts/" + account + "/overview", desk.cashier, Desk.PASSWORD);
            assertThat(overview.json().get("balances").get("wallet").asText()).isEqualTo("987.65");
            assertThat(overview.header(STALE)).noneMatch(header -> header.contains(LEDGER));
        } finally {
            jdbc.execute("alter table journal_line drop constraint if exists poison_posting");
        }
        // Axon retries the released segment with back-off (1 s, 2 s, 4 s... while the constraint stood).
        JsonNode recovered = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> processor(LEDGER), status -> !status.get("failing").asBoolean() && status.get("behind").asLong() == 0);
        assertThat(recovered.get("stalledSegments")).isEmpty();
        Reply trialBalance = desk.api.get("/api/reports/trial-balance", finance, Desk.PASSWORD);
        assertThat(trialBalance.header(STALE)).isEmpty();
    }

    private String accountInTheSegmentOf(Desk desk, String tariff, String account) {
        Integer segmentCount = jdbc.queryForObject("select count(*) from tokenentry where processorname = ?",
                Integer.class, ACCOUNTS);
        assertThat(segmentCount).isPositive();
        Segment segment = Segment.splitBalanced(Segment.ROOT_SEGMENT, segmentCount - 1).stream()
                .filter(s -> s.matches(account)).findFirst().orElseThrow();
        for (int attempt = 0; attempt < 200; attempt++) {
            String candidate = desk.account(tariff);
            if (segment.matches(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("no account in segment " + segment.getSegmentId() + " after 200 accounts");
    }

    private static long deposit(Desk desk, String account, String amount) {
        return desk.transact(desk.cashier, "/api/accounts/" + account + "/wallet/deposits",
                json("amount", amount, "tender", "CASH")).get("transactionNumber").asLong();
    }

    private List<JsonNode> awaitDeadLetters(int count) {
        return await().atMost(PATIENCE).pollInterval(POLL).until(() -> deadLettersOf(ACCOUNTS), l -> l.size() >= count);
    }

    private List<JsonNode> deadLettersOf(String projection) {
        Reply reply = asAdmin().get("/api/admin/dead-letters?projection=" + projection, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return StreamSupport.stream(reply.json().spliterator(), false).toList();
    }

    private JsonNode retry(String projection) {
        Reply reply = asAdmin().post("/api/admin/dead-letters/" + projection + "/retry", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD, null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private JsonNode processor(String name) {
        JsonNode status = asAdmin().get("/api/admin/replay", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD).json();
        for (JsonNode processor : status.get("processors")) {
            if (processor.get("name").asText().equals(name)) {
                return processor;
            }
        }
        throw new AssertionError("no processor " + name + " in " + status);
    }

    private JuiceApi asAdmin() {
        return new JuiceApi(port);
    }

    private double deadLettered(String reason) {
        Counter counter = metrics.find("juice.projection.dead.letters").tags("projection", ACCOUNTS, "reason", reason)
                .counter();
        return counter == null ? 0 : counter.count();
    }
}
