package org.juiceledger.standalone.appends;

import org.juiceledger.platform.testing.JuiceApi.Reply;
import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.juiceledger.platform.testing.TestUsers;
import org.juiceledger.standalone.testing.Desk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juiceledger.platform.testing.JuiceApi.json;

/**
 * Pending appends, as they work with Axon Server, on the JDBC store here (no Axon Server in CI):
 * with {@code juice.appends.record} each command commits a row naming its events and its own
 * transaction deletes it. The state a failure leaves under Axon Server (events stored, the
 * command's rows and keyed record lost with its database commit) is made here from a real sale by
 * taking its rows back and putting its pending row in place; the settlement must restore exactly
 * the rows the sale had written, and a keyed retry must not sell again.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = {"juice.appends.record=true", "juice.appends.settle-after=3s",
        "juice.appends.sweep-interval=500ms"})
class PendingAppendSettlementIntegrationTest {

    private static final Duration BOUND = Duration.ofSeconds(20);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    Desk desk;

    @BeforeEach
    void setUp() {
        desk = new Desk(port);
    }

    @Test
    void aCommittedCommandLeavesNoPendingRowAndARefusedOneLeavesNoneForLong() {
        String account = desk.account(desk.tariff("0.500000", "0"));
        String meter = desk.amiMeter(account);
        String small = desk.user("CASHIER", "20.00", "20.00");

        Reply sold = desk.post(desk.cashier, "/api/accounts/" + account + "/purchases",
                json("amount", "10.00", "tender", "CASH", "meterNumber", meter));
        long events = eventsOf(account);
        // refused while its events commit (the lookup handler checks the limit): its row goes once settled
        Reply refused = desk.post(small, "/api/accounts/" + account + "/purchases",
                json("amount", "50.00", "tender", "CASH", "meterNumber", meter));

        assertThat(sold.status()).as(sold.body()).isEqualTo(201);
        assertThat(refused.json().get("code").asText()).isEqualTo("LIMIT_REACHED");
        assertThat(waitFor(() -> pendingOf(account) == 0)).as("pending rows of " + account).isTrue();
        assertThat(eventsOf(account)).as("the refused sale stored nothing").isEqualTo(events);
    }

    @Test
    void aKeyedSaleWhoseRowsWereLostIsRecoveredByItsRetryNotSoldAgain() {
        String account = desk.account(desk.tariff("0.500000", "0"));
        String meter = desk.amiMeter(account);
        String cashier = desk.user("CASHIER");
        String key = TestUsers.uniqueId("key");
        String body = json("amount", "25.00", "tender", "CASH", "meterNumber", meter);
        Map<String, Object> positionBefore = position(cashier);

        Reply first = keyed(cashier, account, body, key);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        long number = first.json().get("transactionNumber").asLong();
        Map<String, Object> positionAfter = position(cashier);
        loseTheDatabaseCommit(account, cashier, number, positionBefore, cashier, key, body);

        Reply retry = keyed(cashier, account, body, key);
        Reply again = keyed(cashier, account, body, key);

        assertThat(retry.status()).as(retry.body()).isEqualTo(409);
        assertThat(retry.json().get("code").asText()).isEqualTo("OUTCOME_RECOVERED");
        assertThat(retry.json().get("detail").asText()).contains(String.valueOf(number));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).isEqualTo(retry.body());
        assertThat(again.header("Idempotent-Replay")).containsExactly("true");
        assertThat(salesOn(account)).as("sold once").isEqualTo(1L);
        assertThat(position(cashier)).as("the cashier owes the sale again").isEqualTo(positionAfter);
        assertThat(entries(number)).containsExactly(cashier);
        assertThat(jdbc.queryForList("select owner_id from transaction_index where transaction_number = ?",
                String.class, number)).containsExactly(account);
        assertThat(pendingOf(account)).isZero();
    }

    /** On Axon Server a keyed request's command commits on its own: the request's answer alone can be lost. */
    @Test
    void aKeyedSaleWhoseAnswerWasLostAfterItsCommandCommittedIsNotSoldAgain() {
        String account = desk.account(desk.tariff("0.500000", "0"));
        String meter = desk.amiMeter(account);
        String cashier = desk.user("CASHIER");
        String key = TestUsers.uniqueId("key");
        String body = json("amount", "30.00", "tender", "CASH", "meterNumber", meter);
        Reply first = keyed(cashier, account, body, key);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        long number = first.json().get("transactionNumber").asLong();
        Map<String, Object> positionAfter = position(cashier);
        assertThat(pendingOf(account)).as("the answered request took its row with it").isZero();
        String hash = jdbc.queryForObject("select request_hash from idempotent_request where login = ? and request_key = ?",
                String.class, cashier, key);
        jdbc.update("delete from idempotent_request where login = ? and request_key = ?", cashier, key);
        insertPending(account, cashier, key, hash, true);

        Reply retry = keyed(cashier, account, body, key);

        assertThat(retry.status()).as(retry.body()).isEqualTo(409);
        assertThat(retry.json().get("code").asText()).isEqualTo("OUTCOME_RECOVERED");
        assertThat(retry.json().get("detail").asText()).contains(String.valueOf(number));
        assertThat(salesOn(account)).as("sold once").isEqualTo(1L);
        assertThat(position(cashier)).as("the rows it had are not written twice").isEqualTo(positionAfter);
        assertThat(entries(number)).containsExactly(cashier);
        assertThat(pendingOf(account)).isZero();
    }

    @Test
    void aSaleWhoseRowsWereLostIsRepairedByTheSweeperAndAStrayRowGoes() {
        String account = desk.account(desk.tariff("0.500000", "0"));
        String meter = desk.amiMeter(account);
        String cashier = desk.user("CASHIER");
        Map<String, Object> positionBefore = position(cashier);
        Reply sale = desk.post(cashier, "/api/accounts/" + account + "/purchases",
                json("amount", "12.50", "tender", "CASH", "meterNumber", meter));
        assertThat(sale.status()).as(sale.body()).isEqualTo(201);
        long number = sale.json().get("transactionNumber").asLong();
        Map<String, Object> positionAfter = position(cashier);
        String stray = UUID.randomUUID().toString();
        jdbc.update("insert into pending_append (id, node_id, created_at, first_event, streams) values (?, 'gone', ?, ?, ?)",
                stray, Timestamp.from(Instant.now()), UUID.randomUUID().toString(),
                "[{\"type\":\"Account\",\"id\":\"" + account + "\",\"first\":0,\"last\":0}]");

        loseTheDatabaseCommit(account, cashier, number, positionBefore, null, null, null);

        assertThat(waitFor(() -> entries(number).size() == 1 && pendingOf(account) == 0))
                .as("settled within " + BOUND).isTrue();
        assertThat(position(cashier)).isEqualTo(positionAfter);
        assertThat(jdbc.queryForObject("select count(*) from pending_append where id = ?", Long.class, stray))
                .as("a row whose first event is not the one stored goes").isZero();
        assertThat(salesOn(account)).isEqualTo(1L);
    }

    /**
     * What a database commit lost after Axon Server stored the sale leaves: the sale's events, no
     * cashier entry, the cashier's position before it, no transaction index, no keyed record, and
     * the pending row naming the events.
     */
    private void loseTheDatabaseCommit(String account, String cashier, long number, Map<String, Object> positionBefore,
                                       String login, String key, String body) {
        jdbc.update("delete from cashier_entry where transaction_number = ?", number);
        jdbc.update("delete from transaction_index where transaction_number = ?", number);
        jdbc.update("update cashier_position set owed = ?, cash = ? where cashier = ?",
                positionBefore.get("owed"), positionBefore.get("cash"), cashier);
        String hash = null;
        if (key != null) {
            hash = jdbc.queryForObject("select request_hash from idempotent_request where login = ? and request_key = ?",
                    String.class, login, key);
            jdbc.update("delete from idempotent_request where login = ? and request_key = ?", login, key);
        }
        insertPending(account, login, key, hash, false);
    }

    /** The pending row of the account's newest transaction, as its command recorded it. */
    private void insertPending(String account, String login, String key, String hash, boolean committed) {
        List<Map<String, Object>> events = jdbc.queryForList("select eventidentifier, sequencenumber from domainevententry "
                + "where aggregateidentifier = ? and payloadtype like '%TransactionRecorded' order by sequencenumber desc "
                + "limit 1", account);
        long sequence = ((Number) events.get(0).get("sequencenumber")).longValue();
        jdbc.update("insert into pending_append (id, node_id, created_at, first_event, streams, login, request_key, "
                        + "request_hash, committed) values (?, 'crashed', ?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(),
                Timestamp.from(Instant.now()), events.get(0).get("eventidentifier"),
                "[{\"type\":\"Account\",\"id\":\"" + account + "\",\"first\":" + sequence + ",\"last\":" + sequence + "}]",
                login, key, hash, committed);
    }

    private Reply keyed(String login, String account, String body, String key) {
        return desk.api.exchange(HttpMethod.POST, "/api/accounts/" + account + "/purchases", login, Desk.PASSWORD, body,
                Map.of("Idempotency-Key", key));
    }

    private Map<String, Object> position(String cashier) {
        List<Map<String, Object>> rows = jdbc.queryForList("select owed, cash from cashier_position where cashier = ?",
                cashier);
        return rows.isEmpty() ? Map.of("owed", java.math.BigDecimal.ZERO.setScale(2), "cash",
                java.math.BigDecimal.ZERO.setScale(2)) : rows.get(0);
    }

    private List<String> entries(long number) {
        return jdbc.queryForList("select cashier from cashier_entry where transaction_number = ?", String.class, number);
    }

    private long salesOn(String account) {
        return jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ? "
                + "and payloadtype like '%TransactionRecorded'", Long.class, account);
    }

    private long eventsOf(String account) {
        return jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?",
                Long.class, account);
    }

    private long pendingOf(String account) {
        return jdbc.queryForObject("select count(*) from pending_append where streams like ?", Long.class,
                "%\"" + account + "\"%");
    }

    private static boolean waitFor(Supplier<Boolean> condition) {
        Instant deadline = Instant.now().plus(BOUND);
        while (Instant.now().isBefore(deadline)) {
            if (condition.get()) {
                return true;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.get();
    }
}
