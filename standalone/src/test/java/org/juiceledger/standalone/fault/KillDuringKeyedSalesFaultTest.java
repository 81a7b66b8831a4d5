package org.juiceledger.standalone.fault;

import org.juiceledger.platform.testing.PostgresTestDatabase;
import org.juiceledger.standalone.fault.KeyedRequests.Sent;
import org.juiceledger.standalone.testing.Desk;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juiceledger.platform.testing.JuiceApi.json;

/**
 * kill -9 of the standalone process in the middle of a burst of keyed cash sales from 16 clients;
 * then a new process on the same database, and every request that got no answer (or a 5xx) is sent
 * again with its key: no sale is doubled, none is lost, and a committed sale's retry gets its first answer.
 */
class KillDuringKeyedSalesFaultTest {

    private static final int CLIENTS = 16;
    private static final int REQUESTS_PER_CLIENT_MAX = 400;

    @Test
    void aSaleInFlightWhenTheProcessDiesIsNeitherDoubledNorLost() throws Exception {
        String database = FaultLoad.freshDatabase(PostgresTestDatabase.DEFAULT_SERVER, "juice_fault_kill_"
                + LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")));
        int port = StandaloneProcess.freePort();
        List<String> accounts = new ArrayList<>();
        List<String> meters = new ArrayList<>();
        KeyedRequests requests;
        try (StandaloneProcess first = StandaloneProcess.start("kill-first", database, port);
             FaultLoad load = new FaultLoad(CLIENTS)) {
            Desk desk = new Desk(port);
            String tariff = desk.tariff("0.500000", "0");
            for (int i = 0; i < CLIENTS; i++) {
                accounts.add(desk.account(tariff));
                meters.add(desk.stsMeter(accounts.get(i)));
            }
            requests = new KeyedRequests(port, desk.cashier, Desk.PASSWORD);
            for (int i = 0; i < CLIENTS; i++) {
                String meter = meters.get(i);
                load.client(requests, "sale-" + i, "/api/accounts/" + accounts.get(i) + "/purchases",
                        n -> json("amount", "5.00", "tender", "CASH", "meterNumber", meter), REQUESTS_PER_CLIENT_MAX);
            }
            Thread.sleep(4000);
            first.killHard();
            load.stopAndWait(Duration.ofSeconds(30));
        }
        Map<String, Sent> beforeRestart = requests.all();
        long unanswered = beforeRestart.values().stream().filter(s -> s.status() == KeyedRequests.NO_ANSWER).count();
        System.out.printf("FAULT-TEST before restart: %d keyed sales sent, %d acknowledged, %d without an answer%n",
                beforeRestart.size(), beforeRestart.values().stream().filter(Sent::acknowledged).count(), unanswered);

        try (StandaloneProcess second = StandaloneProcess.start("kill-second", database, port)) {
            requests.retryUnacknowledged(5, Duration.ofSeconds(1));
            Map<String, Sent> answered = requests.all();
            assertThat(answered.values()).allMatch(Sent::acknowledged);
            assertThat(unanswered).as("the kill hit requests in flight").isPositive();

            long replayed = answered.values().stream().filter(Sent::replayed).count();
            System.out.printf("FAULT-TEST after retries: %d acknowledged, %d of them first answers replayed%n",
                    answered.size(), replayed);
            for (int i = 0; i < CLIENTS; i++) {
                String prefix = "sale-" + i + "-";
                List<Long> acknowledged = answered.values().stream().filter(s -> s.key().startsWith(prefix))
                        .map(Sent::transactionNumber).collect(Collectors.toList());
                List<Long> stored = FaultLoad.transactionNumbers(database, accounts.get(i), "Cash");
                assertThat(stored).as("no sale doubled on account " + accounts.get(i)).doesNotHaveDuplicates()
                        .hasSameSizeAs(acknowledged);
                assertThat(FaultLoad.distinct(stored)).as("no sale lost").isEqualTo(FaultLoad.distinct(acknowledged));
            }
        }
    }
}
