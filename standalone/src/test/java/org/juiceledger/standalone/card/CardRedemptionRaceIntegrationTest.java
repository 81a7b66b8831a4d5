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
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juiceledger.platform.testing.JuiceApi.json;

/**
 * Many requests redeem the same card at the same moment: exactly one succeeds, and the others are
 * told the card was just redeemed. Losing a race (or sending the same card twice) is no PIN guess,
 * so it never counts towards the cashier's limit on failed attempts; a wrong PIN still does.
 */
@PostgresIntegrationTest
class CardRedemptionRaceIntegrationTest {

    private static final int THREADS = 12;
    private static final int SAME_SUBMISSION = 20;
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
        List<Callable<Reply>> requests = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            String account = desk.account(desk.tariff("0.500000", "0"));
            requests.add(() -> desk.post(desk.cashier, "/api/cards/redeem",
                    json("pin", batch.pins().get(0), "accountNumber", account)));
        }

        List<Reply> replies = atOnce(requests);

        assertExactlyOneRedeemedAndTheRestToldSo(replies, THREADS);
        assertThat(events(batch.serial(0), "card.CardRedeemed")).isEqualTo(1);
        assertThat(failedAttemptsOf(desk.cashier)).isZero();
    }

    @Test
    void losersOfARaceAreNoFailedAttemptsAndTheCashierCarriesOn() throws Exception {
        Desk desk = new Desk(port);
        CardStock stock = new CardStock(desk, desk.user("CARD_ADMIN"));
        CardStock.Batch batch = stock.generate(2, "50.00", 16, "NUMERIC");
        assertThat(stock.activate(desk.supervisor, batch.serial(0), batch.serial(1), "100.00").status()).isEqualTo(201);
        String account = desk.account(desk.tariff("0.500000", "0"));
        String meter = desk.stsMeter(account);
        String sameSubmission = json("pin", batch.pins().get(0), "meterNumber", meter);
        List<Callable<Reply>> requests = new ArrayList<>();
        for (int i = 0; i < SAME_SUBMISSION; i++) {
            requests.add(() -> desk.post(desk.cashier, "/api/cards/redeem", sameSubmission));
        }

        List<Reply> replies = atOnce(requests);

        assertExactlyOneRedeemedAndTheRestToldSo(replies, SAME_SUBMISSION);
        assertThat(events(account, "account.TransactionRecorded")).isEqualTo(1);
        assertThat(failedAttempts(desk.cashier)).as("nothing at all is recorded for the losers").isZero();
        Reply next = desk.post(desk.cashier, "/api/cards/redeem", json("pin", batch.pins().get(1), "meterNumber", meter));
        assertThat(next.status()).as(next.body()).isEqualTo(201);

        Reply wrongPin = desk.post(desk.cashier, "/api/cards/redeem", json("pin", "1234567890123456", "meterNumber", meter));
        assertThat(wrongPin.status()).isEqualTo(422);
        assertThat(wrongPin.json().get("code").asText()).isEqualTo("CARD_NOT_REDEEMABLE");
        assertThat(failedAttemptsOf(desk.cashier)).as("a wrong PIN still counts").isEqualTo(1);
    }

    private static void assertExactlyOneRedeemedAndTheRestToldSo(List<Reply> replies, int sent) {
        assertThat(replies).hasSize(sent);
        assertThat(replies).filteredOn(reply -> reply.status() == 201).hasSize(1);
        assertThat(replies).filteredOn(reply -> reply.status() != 201).allSatisfy(reply -> {
            assertThat(reply.status()).as(reply.body()).isEqualTo(422);
            assertThat(reply.json().get("code").asText()).isEqualTo("CARD_ALREADY_REDEEMED");
        });
    }

    private static List<Reply> atOnce(List<Callable<Reply>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Reply>> futures = new ArrayList<>();
        for (Callable<Reply> request : requests) {
            futures.add(pool.submit(() -> {
                start.await();
                return request.call();
            }));
        }
        start.countDown();
        List<Reply> replies = new ArrayList<>();
        for (Future<Reply> future : futures) {
            replies.add(future.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        return replies;
    }

    private long failedAttemptsOf(String cashier) {
        return jdbc.queryForObject("select count(*) from failed_attempt where source_kind = 'CASHIER' and source_id = ? "
                + "and outcome = 'FAILED'", Long.class, cashier);
    }

    private long failedAttempts(String cashier) {
        return jdbc.queryForObject("select count(*) from failed_attempt where source_kind = 'CASHIER' and source_id = ?",
                Long.class, cashier);
    }

    private long events(String aggregateId, String eventType) {
        return jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ? and payloadtype = ?",
                Long.class, aggregateId, "org.juiceledger.kernel." + eventType);
    }
}
