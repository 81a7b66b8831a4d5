package org.juiceledger.standalone.platform;

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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juiceledger.platform.testing.JuiceApi.json;

/**
 * Commands sent with an {@code Idempotency-Key} run inside the request's transaction: a refusal
 * is kept with what the request recorded, and races for an aggregate are run again, not answered 500.
 */
@PostgresIntegrationTest
class KeyedCommandsIntegrationTest {

    private static final String KEY = "Idempotency-Key";
    private static final String REPLAY = "Idempotent-Replay";

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
    void aRefusedCommandIsKeptAndReplayedAsTheSameRefusal() {
        String tariff = desk.tariff("0.500000", "0");
        String account = desk.account(tariff);
        String key = TestUsers.uniqueId("key");
        String overdraw = json("toAccount", desk.account(tariff), "amount", "5.00");
        long events = eventCount();

        Reply first = keyed(desk.cashier, "/api/accounts/" + account + "/wallet/transfers", overdraw, key);
        Reply retry = keyed(desk.cashier, "/api/accounts/" + account + "/wallet/transfers", overdraw, key);

        assertThat(first.status()).as(first.body()).isEqualTo(422);
        assertThat(first.json().get("code").asText()).isEqualTo("INSUFFICIENT_WALLET_BALANCE");
        assertThat(retry.status()).isEqualTo(422);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header(REPLAY)).containsExactly("true");
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void aWrongPinSentWithAKeyIsCountedAndItsRetryIsNotCountedAgain() {
        String account = desk.account(desk.tariff("0.500000", "0"));
        String meter = desk.stsMeter(account);
        String key = TestUsers.uniqueId("key");
        String wrongPin = json("pin", "QWERTYUIOPASDF", "meterNumber", meter);

        Reply first = keyed(desk.cashier, "/api/cards/redeem", wrongPin, key);
        Reply retry = keyed(desk.cashier, "/api/cards/redeem", wrongPin, key);

        assertThat(first.status()).as(first.body()).isEqualTo(422);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header(REPLAY)).containsExactly("true");
        assertThat(jdbc.queryForObject("select count(*) from failed_attempt where source_id = ? and outcome = 'FAILED'",
                Long.class, desk.cashier)).isEqualTo(1);
    }

    @Test
    void keyedTransfersCrossedBetweenTwoWalletsNeverAnswer500AndAddUp() throws Exception {
        String tariff = desk.tariff("0.500000", "0");
        String a = desk.account(tariff);
        String b = desk.account(tariff);
        desk.transact(desk.cashier, "/api/accounts/" + a + "/wallet/deposits", json("amount", "100.00", "tender", "CASH"));
        desk.transact(desk.cashier, "/api/accounts/" + b + "/wallet/deposits", json("amount", "100.00", "tender", "CASH"));
        List<Callable<Reply>> transfers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            transfers.add(() -> transfer(a, b, "1.00"));
            transfers.add(() -> transfer(b, a, "2.00"));
        }

        List<Reply> replies = runAll(transfers);

        assertThat(replies).extracting(Reply::status).allMatch(status -> status == 201 || status == 409);
        long aToB = replies.stream().filter(r -> r.status() == 201 && r.json().path("amount").asText().equals("1.00"))
                .count();
        long bToA = replies.stream().filter(r -> r.status() == 201 && r.json().path("amount").asText().equals("2.00"))
                .count();
        BigDecimal walletA = new BigDecimal("100.00").subtract(BigDecimal.valueOf(aToB)).add(BigDecimal.valueOf(2 * bToA));
        BigDecimal walletB = new BigDecimal("200.00").subtract(walletA);
        desk.overviewWhen(a, o -> new BigDecimal(o.get("balances").get("wallet").asText()).compareTo(walletA) == 0);
        desk.overviewWhen(b, o -> new BigDecimal(o.get("balances").get("wallet").asText()).compareTo(walletB) == 0);
        assertThat(aToB + bToA).as("most transfers go through: lost races run again").isGreaterThan(12);
    }

    private Reply transfer(String from, String to, String amount) {
        return keyed(desk.cashier, "/api/accounts/" + from + "/wallet/transfers", json("toAccount", to, "amount", amount),
                TestUsers.uniqueId("key"));
    }

    private static List<Reply> runAll(List<Callable<Reply>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> reply : pool.invokeAll(calls, 60, TimeUnit.SECONDS)) {
                replies.add(reply.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }

    private Reply keyed(String login, String path, String body, String key) {
        return desk.api.exchange(HttpMethod.POST, path, login, Desk.PASSWORD, body, Map.of(KEY, key));
    }

    private long eventCount() {
        return jdbc.queryForObject("select count(*) from domainevententry", Long.class);
    }
}
