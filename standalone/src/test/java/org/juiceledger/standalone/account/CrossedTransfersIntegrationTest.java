package org.juiceledger.standalone.account;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.juiceledger.command.account.Wallets;
import org.juiceledger.platform.testing.JuiceApi.Reply;
import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.juiceledger.standalone.testing.Desk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juiceledger.platform.testing.JuiceApi.json;

/**
 * Money moved both ways between two accounts at the same moment (A→B crossed with B→A): the
 * accounts are locked in one order, so no request dies of a lock cycle; each answer is 201 or a
 * 409 to retry, and the wallets end exactly at the opening balance plus and minus what succeeded.
 */
@PostgresIntegrationTest
class CrossedTransfersIntegrationTest {

    private static final int EACH_WAY = 20;
    /** As many tills as send at once; more than the pool's connections, fewer than would time out waiting for one. */
    private static final int CLIENTS = 16;
    private static final BigDecimal OPENING = new BigDecimal("1000.00");
    private static final BigDecimal A_TO_B = new BigDecimal("7.00");
    private static final BigDecimal B_TO_A = new BigDecimal("3.00");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    Desk desk;
    String a;
    String b;

    @BeforeEach
    void openTwoFundedAccounts() {
        desk = new Desk(port);
        String tariff = desk.tariff("0.500000", "0");
        a = desk.account(tariff);
        b = desk.account(tariff);
        for (String account : List.of(a, b)) {
            desk.transact(desk.cashier, "/api/accounts/" + account + "/wallet/deposits",
                    json("amount", OPENING.toPlainString(), "tender", "CASH"));
        }
    }

    @Test
    void crossedTransfersNeverFailAndKeepEveryCent() throws Exception {
        List<Reply> aToB = new ArrayList<>();
        List<Reply> bToA = new ArrayList<>();
        runAtOnce(
                () -> desk.post(desk.cashier, "/api/accounts/" + a + "/wallet/transfers",
                        json("toAccount", b, "amount", A_TO_B.toPlainString())), aToB,
                () -> desk.post(desk.cashier, "/api/accounts/" + b + "/wallet/transfers",
                        json("toAccount", a, "amount", B_TO_A.toPlainString())), bToA);

        assertOnly201Or409(aToB, bToA);
        assertBalances(created(aToB), created(bToA));
    }

    @Test
    void crossedAdjustmentsNeverFailAndKeepEveryCent() throws Exception {
        List<Reply> aToB = new ArrayList<>();
        List<Reply> bToA = new ArrayList<>();
        runAtOnce(
                () -> desk.post(desk.supervisor, "/api/adjustments", adjustment(a, b, A_TO_B)), aToB,
                () -> desk.post(desk.supervisor, "/api/adjustments", adjustment(b, a, B_TO_A)), bToA);

        assertOnly201Or409(aToB, bToA);
        assertBalances(created(aToB), created(bToA));
    }

    /** Takes {@code amount} off the first account's wallet and puts it on the second's, lines in that order. */
    private static String adjustment(String from, String to, BigDecimal amount) {
        return json("reason", "crossed moves", "lines", List.of(
                Map.of("accountNumber", from, "target", "WALLET", "amount", amount.negate().toPlainString()),
                Map.of("accountNumber", to, "target", "WALLET", "amount", amount.toPlainString())));
    }

    private void runAtOnce(Callable<Reply> one, List<Reply> ones, Callable<Reply> other, List<Reply> others)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Reply>> oneFutures = new ArrayList<>();
        List<Future<Reply>> otherFutures = new ArrayList<>();
        for (int i = 0; i < EACH_WAY; i++) {
            oneFutures.add(pool.submit(() -> { start.await(); return one.call(); }));
            otherFutures.add(pool.submit(() -> { start.await(); return other.call(); }));
        }
        start.countDown();
        for (Future<Reply> f : oneFutures) {
            ones.add(f.get(60, TimeUnit.SECONDS));
        }
        for (Future<Reply> f : otherFutures) {
            others.add(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
    }

    private static void assertOnly201Or409(List<Reply> aToB, List<Reply> bToA) {
        List<Reply> all = new ArrayList<>(aToB);
        all.addAll(bToA);
        assertThat(all).hasSize(2 * EACH_WAY);
        for (Reply reply : all) {
            assertThat(reply.status()).as(reply.body()).isIn(201, 409);
            if (reply.status() == 409) {
                assertThat(reply.json().get("code").asText()).isEqualTo("CONCURRENT_MODIFICATION");
            }
        }
    }

    private static int created(List<Reply> replies) {
        return (int) replies.stream().filter(reply -> reply.status() == 201).count();
    }

    private void assertBalances(int movedAToB, int movedBToA) {
        BigDecimal net = A_TO_B.multiply(BigDecimal.valueOf(movedAToB)).subtract(B_TO_A.multiply(BigDecimal.valueOf(movedBToA)));
        BigDecimal expectedA = OPENING.subtract(net);
        BigDecimal expectedB = OPENING.add(net);
        assertThat(expectedA.add(expectedB)).isEqualByComparingTo(OPENING.add(OPENING));
        assertThat(walletOnceItReads(a, expectedA)).isEqualByComparingTo(expectedA);
        assertThat(walletOnceItReads(b, expectedB)).isEqualByComparingTo(expectedB);
        assertThat(lastWalletBalanceEvent(a)).isEqualByComparingTo(expectedA);
        assertThat(lastWalletBalanceEvent(b)).isEqualByComparingTo(expectedB);
    }

    /** The overview's wallet balance once the projection shows {@code expected} (it fails after 20 s otherwise). */
    private BigDecimal walletOnceItReads(String account, BigDecimal expected) {
        JsonNode overview = desk.overviewWhen(account,
                o -> new BigDecimal(o.get("balances").get("wallet").asText()).compareTo(expected) == 0);
        return new BigDecimal(overview.get("balances").get("wallet").asText());
    }

    /** The balance the account's wallet's last move recorded: what the command side decided. */
    private BigDecimal lastWalletBalanceEvent(String account) {
        String payload = jdbc.queryForObject("""
                select convert_from(payload, 'UTF8') from domainevententry where aggregateidentifier = ?
                and payloadtype in ('org.juiceledger.kernel.account.WalletCredited',
                                    'org.juiceledger.kernel.account.WalletDebited')
                order by sequencenumber desc limit 1""", String.class, Wallets.streamOf(account));
        try {
            return new BigDecimal(new ObjectMapper().readTree(payload).get("balance").asText());
        } catch (Exception e) {
            throw new AssertionError("Unreadable wallet event: " + payload, e);
        }
    }
}
