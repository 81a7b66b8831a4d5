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
    /** One kill in CI; the long variant ({@code -Djuice.long=true}) kills five times before the retries. */
    private static final int KILLS = Boolean.getBoolean("juice.long") ? 5 : 1;

    /** A cashier, and an account with an STS meter for each client. */
    private static KeyedRequests counterWithAccounts(int port, List<String> accounts, List<String> meters) {
        Desk desk = new Desk(port);
        String tariff = desk.tariff("0.500000", "0");
        for (int i = 0; i < CLIENTS; i++) {
            accounts.add(desk.account(tariff));
            meters.add(desk.stsMeter(accounts.get(i)));
        }
        return new KeyedRequests(port, desk.cashier, Desk.PASSWORD);
    }

    @Test
    void aSaleInFlightWhenTheProcessDiesIsNeitherDoubledNorLost() throws Exception {
        String database = FaultLoad.freshDatabase(PostgresTestDatabase.DEFAULT_SERVER, "juice_fault_kill_"
                + LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")));
        int port = StandaloneProcess.freePort();
        List<String> accounts = new ArrayList<>();
        List<String> meters = new ArrayList<>();
        KeyedRequests requests = null;
        for (int round = 1; round <= KILLS; round++) {
            try (StandaloneProcess running = StandaloneProcess.start("kill-round-" + round, database, port);
                 FaultLoad load = new FaultLoad(CLIENTS)) {
                if (requests == null) {
                    requests = counterWithAccounts(port, accounts, meters);
                }
                for (int i = 0; i < CLIENTS; i++) {
                    String meter = meters.get(i);
                    load.client(requests, "sale-" + i + "-r" + round, "/api/accounts/" + accounts.get(i) + "/purchases",
                            n -> json("amount", "5.00", "tender", "CASH", "meterNumber", meter), REQUESTS_PER_CLIENT_MAX);
                }
                Thread.sleep(4000);
                running.killHard();
                load.stopAndWait(Duration.ofSeconds(30));
            }
        }
        Map<String, Sent> beforeRestart = requests.all();
        long unanswered = beforeRestart.values().stream().filter(s -> s.status() == KeyedRequests.NO_ANSWER).count();
        System.out.printf("FAULT-TEST after %d kill(s): %d keyed sales sent, %d acknowledged, %d without an answer%n",
                KILLS, beforeRestart.size(), beforeRestart.values().stream().filter(Sent::acknowledged).count(), unanswered);

        StandaloneProcess last = StandaloneProcess.start("kill-last", database, port);
        try (last) { // the app answers over HTTP for the length of the block
            requests.retryUnacknowledged(5, Duration.ofSeconds(1));
            Map<String, Sent> answered = requests.all();
            assertThat(answered.values()).allMatch(Sent::acknowledged);
            assertThat(unanswered).as("the kill hit requests in flight").isPositive();

            long replayed = answered.values().stream().filter(Sent::replayed).count();
            System.out.printf("FAULT-TEST after retries: %d acknowledged, %d of them first answers replayed%n",
                    answered.size(), replayed);
            for (Sent first : answered.values()) {
                Sent again = requests.send(first.key(), first.path(), first.body());
                assertThat(again.replayed()).as("a committed sale's retry gets its first answer").isTrue();
                assertThat(again.transactionNumber()).isEqualTo(first.transactionNumber());
            }
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
