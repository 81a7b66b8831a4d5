package org.juiceledger.standalone.card;

import org.juiceledger.platform.testing.JuiceApi.Reply;
import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.juiceledger.standalone.testing.CardStock;
import org.juiceledger.standalone.testing.Desk;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juiceledger.platform.testing.JuiceApi.json;

/** Many cashiers redeem the same card at the same moment: exactly one succeeds. */
@PostgresIntegrationTest
class CardRedemptionRaceIntegrationTest {

    private static final int THREADS = 12;
    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCardRedeemsExactlyOnceUnderConcurrentAttempts() throws Exception {
        Desk desk = new Desk(port);
        CardStock stock = new CardStock(desk, desk.user("CARD_ADMIN"));
        CardStock.Batch batch = stock.generate(1, "50.00", 16, "ALPHANUMERIC");
        assertThat(stock.activate(desk.supervisor, batch.serial(0), batch.serial(0), "50.00").status()).isEqualTo(201);
        List<String> accounts = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            accounts.add(desk.account(desk.tariff("0.500000", "0")));
        }

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Reply>> replies = new ArrayList<>();
        for (String account : accounts) {
            replies.add(pool.submit(() -> {
                start.await();
                return desk.post(desk.cashier, "/api/cards/redeem", json("pin", batch.pins().get(0), "accountNumber", account));
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Reply> reply : replies) {
            statuses.add(reply.get().status());
        }
        pool.shutdown();

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(statuses).filteredOn(status -> status != 201).allMatch(status -> status == 422 || status == 409 || status == 429);
        Long redeemed = jdbc.queryForObject("""
                select count(*) from domainevententry where aggregateidentifier = ?
                and payloadtype = 'org.juiceledger.kernel.card.CardRedeemed'""", Long.class, batch.serial(0));
        assertThat(redeemed).isEqualTo(1);
        assertThat(countCreditsOn(accounts)).isEqualTo(1);
    }

    private long countCreditsOn(List<String> accounts) {
        long credits = 0;
        for (String account : accounts) {
            credits += jdbc.queryForObject("""
                    select count(*) from domainevententry where aggregateidentifier = ?
                    and payloadtype = 'org.juiceledger.kernel.account.WalletCredited'""", Long.class, account);
        }
        return credits;
    }
}
