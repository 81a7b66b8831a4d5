package org.juiceledger.standalone.scaleout;

import com.fasterxml.jackson.databind.JsonNode;
import org.juiceledger.platform.testing.TestUsers;
import org.juiceledger.standalone.scaleout.NodeClient.Answer;
import org.juiceledger.standalone.scaleout.SideProcess.Side;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
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
 * The PostgreSQL-only scale-out, with each side's own jar: two command-side and two query-side
 * processes start together on one fresh database, commands go to both command sides at once, and
 * then: every event is projected exactly once and linked into the hash chain once, the query nodes
 * share the segments, a query node killed with kill -9 has its segments taken over within 30 s, and
 * SIGTERM releases a node's segments on the way out.
 */
class ScaleOutTest {

    private static final String PASSWORD = TestUsers.PASSWORD;
    private static final String ADMIN = TestUsers.ADMIN;
    private static final String ADMIN_PASSWORD = TestUsers.ADMIN_PASSWORD;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(300);
    private static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration TAKEOVER_MAX = Duration.ofSeconds(30);
    private static final List<String> SPLIT_PROCESSORS = List.of("account-projection", "card-projection", "tariff-projection");
    private static final int SEGMENTS = 2;
    private static final int SELLERS = 6;
    private static final int SALES_PER_SELLER = 12;
    private static final int TRANSFERS_EACH_WAY = 8;
    private static final int RACED_CARDS = 3;
    private static final String TRANSACTIONS_RECORDED =
            "select count(*) from domainevententry where payloadtype = 'org.juiceledger.kernel.account.TransactionRecorded'";

    private final List<SideProcess> processes = new ArrayList<>();
    private final ExecutorService clients = Executors.newFixedThreadPool(SELLERS + 2);

    @AfterEach
    void stopEverything() {
        clients.shutdownNow();
        processes.forEach(SideProcess::close);
    }

    @Test
    void twoNodesOfEachSideOnOneDatabaseProjectEveryEventOnceAndTakeOverFromEachOther() throws Exception {
        ScratchDatabase db = ScratchDatabase.create("juice_scaleout_");
        SideProcess c1 = launch("command-1", Side.COMMAND, db);
        SideProcess c2 = launch("command-2", Side.COMMAND, db);
        SideProcess q1 = launch("query-1", Side.QUERY, db);
        SideProcess q2 = launch("query-2", Side.QUERY, db);
        Instant launched = Instant.now();
        for (SideProcess process : processes) {
            process.awaitReady(START_TIMEOUT);
        }
        System.out.printf("SCALEOUT all four nodes ready %d s after launch%n", Duration.between(launched, Instant.now()).toSeconds());

        assertThat(db.count("select count(*) from app_user where login = 'admin'")).isEqualTo(1);
        assertThat(processes.stream().filter(p -> p.logText().contains("Created the bootstrap user 'admin'")))
                .as("the bootstrap admin is created by exactly one node").hasSize(1);
        for (SideProcess process : processes) {
            assertThat(process.logText()).as(process.name() + " never calls AxonIQ's update checker")
                    .contains("You have opted out of the AxonIQ UpdateChecker")
                    .doesNotContain("Failed to report anonymous usage data");
        }
        assertThat(q1.nodeId()).isNotEqualTo(q2.nodeId());

        NodeClient command1 = new NodeClient(c1.port());
        NodeClient command2 = new NodeClient(c2.port());
        NodeClient query1 = new NodeClient(q1.port());
        NodeClient query2 = new NodeClient(q2.port());
        Staff staff = Staff.hire(command1, command2);

        assertThat(command1.get(staff.supervisor, PASSWORD, "/api/reports/card-inventory").status())
                .as("the command side does not serve reports").isEqualTo(404);
        assertThat(query1.post(staff.cashier(0), PASSWORD, "/api/accounts", "{}").status())
                .as("the query side does not take commands").isEqualTo(404);

        String tariff = staff.tariff(command1);
        cardsRedeemedThroughBothCommandSidesAtOnceRedeemOnce(db, staff, command1, command2, tariff);
        crossedWalletTransfersThroughBothCommandSides(staff, command1, command2, query1, query2, tariff);
        List<Long> sales = burstOfSalesThroughBothCommandSides(staff, command1, command2, tariff);
        readsOnEitherQueryNodeSeeWhatEitherCommandNodeWrote(staff, command1, command2, query1, query2, tariff);

        everyEventProjectedAndLinkedOnce(db, staff, query1, query2, sales.size());
        theQueryNodesShareTheSegments(db, q1.nodeId(), q2.nodeId());

        Duration takeover = takeOverFromKilledNode(db, q2, q1.nodeId());
        System.out.printf("SCALEOUT segments of the killed query node taken over in %d ms%n", takeover.toMillis());
        assertThat(takeover).isLessThanOrEqualTo(TAKEOVER_MAX);
        List<Long> later = burstOfSalesThroughBothCommandSides(staff, command2, command2, tariff);
        everyEventProjectedAndLinkedOnce(db, staff, query1, query1, sales.size() + later.size());

        aCommandNodeStoppedWithSigtermLosesNoAnswer(staff, c1, command1, command2, tariff);

        Duration stopped = q1.terminate(Duration.ofSeconds(30));
        System.out.printf("SCALEOUT query-1 stopped %d ms after SIGTERM%n", stopped.toMillis());
        assertThat(db.count("select count(*) from tokenentry where owner = ?", q1.nodeId()))
                .as("a node stopped with SIGTERM releases its segments").isZero();
        assertThat(db.count("select count(*) from processing_node where node_id = ?", q1.nodeId())).isZero();
    }

    /**
     * Keyed sales keep going to one command node while it is stopped with SIGTERM; every sale that got
     * no answer is sent again, with its key, to the other node. None of them had committed: graceful
     * shutdown answered every request it had taken.
     */
    private void aCommandNodeStoppedWithSigtermLosesNoAnswer(Staff staff, SideProcess victim, NodeClient toVictim,
                                                             NodeClient other, String tariff) throws Exception {
        List<String> accounts = new ArrayList<>();
        for (int seller = 0; seller < SELLERS; seller++) {
            accounts.add(staff.account(other, tariff));
        }
        CountDownLatch stopping = new CountDownLatch(1);
        List<Future<List<String[]>>> sellers = new ArrayList<>();
        for (int seller = 0; seller < SELLERS; seller++) {
            String cashier = staff.cashier(seller);
            String path = "/api/accounts/" + accounts.get(seller) + "/purchases";
            String prefix = "stop-" + seller + "-";
            sellers.add(clients.submit(() -> {
                List<String[]> unanswered = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    Answer sale = toVictim.postKeyed(cashier, PASSWORD, path, json("amount", "3.00", "tender", "CASH"), prefix + i);
                    if (sale.status() != 201) {
                        unanswered.add(new String[] {cashier, path, prefix + i});
                        if (stopping.getCount() == 0) {
                            break;
                        }
                    }
                }
                return unanswered;
            }));
        }
        Thread.sleep(1500);
        stopping.countDown();
        Duration stopped = victim.terminate(Duration.ofSeconds(30));
        System.out.printf("SCALEOUT command-1 stopped %d ms after SIGTERM, under keyed sales%n", stopped.toMillis());
        int retried = 0;
        for (Future<List<String[]>> seller : sellers) {
            for (String[] sale : seller.get(60, TimeUnit.SECONDS)) {
                Answer again = other.postKeyed(sale[0], PASSWORD, sale[1], json("amount", "3.00", "tender", "CASH"), sale[2]);
                assertThat(again.status()).as(again.body()).isEqualTo(201);
                assertThat(again.replayed()).as("sale " + sale[2] + " had committed without its answer").isFalse();
                retried++;
            }
        }
        System.out.printf("SCALEOUT %d keyed sales without an answer from the stopped node, none of them committed%n", retried);
    }

    private SideProcess launch(String name, Side side, ScratchDatabase db) throws Exception {
        SideProcess process = SideProcess.launch(name, side, db.url());
        processes.add(process);
        return process;
    }

    /** Each card is redeemed through both command sides at the same moment, for two accounts: one wins. */
    private void cardsRedeemedThroughBothCommandSidesAtOnceRedeemOnce(ScratchDatabase db, Staff staff, NodeClient command1,
                                                                     NodeClient command2, String tariff) throws Exception {
        Answer batch = command1.post(staff.cardAdmin, PASSWORD, "/api/card-batches",
                json("quantity", RACED_CARDS, "denomination", "20.00", "pinLength", 16, "pinAlphabet", "NUMERIC"));
        assertThat(batch.status()).as(batch.body()).isEqualTo(201);
        Answer file = command2.get(staff.cardAdmin, PASSWORD, "/api/card-batches/" + batch.json().get("batchId").asText() + "/print-file");
        assertThat(file.status()).as(file.body()).isEqualTo(200);
        String[] lines = file.body().split("\n");
        Answer sold = command2.post(staff.supervisor, PASSWORD, "/api/cards/activate", json(
                "firstSerial", lines[1].split(",")[0], "lastSerial", lines[RACED_CARDS].split(",")[0],
                "customer", "cash", "tender", "CASH", "expectedTotal", "60.00"));
        assertThat(sold.status()).as(sold.body()).isEqualTo(201);
        String first = staff.account(command1, tariff);
        String second = staff.account(command2, tariff);
        for (int card = 1; card <= RACED_CARDS; card++) {
            String serial = lines[card].split(",")[0];
            String pin = lines[card].split(",")[1];
            CountDownLatch go = new CountDownLatch(1);
            Future<Answer> one = clients.submit(atOnce(go, () -> command1.post(staff.cashier(0), PASSWORD, "/api/cards/redeem",
                    json("pin", pin, "accountNumber", first))));
            Future<Answer> other = clients.submit(atOnce(go, () -> command2.post(staff.cashier(1), PASSWORD, "/api/cards/redeem",
                    json("pin", pin, "accountNumber", second))));
            go.countDown();
            List<Answer> answers = List.of(one.get(60, TimeUnit.SECONDS), other.get(60, TimeUnit.SECONDS));
            assertThat(answers).as(answers.toString()).filteredOn(a -> a.status() == 201).hasSize(1);
            assertThat(answers).as(answers.toString()).filteredOn(a -> a.status() != 201)
                    .allMatch(a -> a.status() == 422 || a.status() == 409);
            assertThat(db.count("select count(*) from domainevententry where aggregateidentifier = ? "
                    + "and payloadtype = 'org.juiceledger.kernel.card.CardRedeemed'", serial)).isEqualTo(1);
        }
    }

    /** A→B through one command side while B→A goes through the other: no deadlock, no 500, balances add up. */
    private void crossedWalletTransfersThroughBothCommandSides(Staff staff, NodeClient command1, NodeClient command2,
                                                              NodeClient query1, NodeClient query2, String tariff) throws Exception {
        String a = staff.account(command1, tariff);
        String b = staff.account(command2, tariff);
        for (String account : List.of(a, b)) {
            Answer deposit = command1.post(staff.cashier(0), PASSWORD, "/api/accounts/" + account + "/wallet/deposits",
                    json("amount", "100.00", "tender", "CASH"));
            assertThat(deposit.status()).as(deposit.body()).isEqualTo(201);
        }
        CountDownLatch go = new CountDownLatch(1);
        Future<List<Answer>> aToB = clients.submit(atOnce(go, () -> transfers(command1, staff.cashier(0), a, b, "1.00")));
        Future<List<Answer>> bToA = clients.submit(atOnce(go, () -> transfers(command2, staff.cashier(1), b, a, "2.00")));
        go.countDown();
        List<Answer> forth = aToB.get(120, TimeUnit.SECONDS);
        List<Answer> back = bToA.get(120, TimeUnit.SECONDS);
        List<Answer> all = new ArrayList<>(forth);
        all.addAll(back);
        assertThat(all).as("every crossed transfer is done or refused as a conflict: " + all)
                .allMatch(t -> t.status() == 201 || (t.status() == 409 && t.code().equals("CONCURRENT_MODIFICATION")));
        long forthDone = forth.stream().filter(t -> t.status() == 201).count();
        long backDone = back.stream().filter(t -> t.status() == 201).count();
        System.out.printf("SCALEOUT crossed transfers: %d of %d A->B and %d of %d B->A done%n",
                forthDone, TRANSFERS_EACH_WAY, backDone, TRANSFERS_EACH_WAY);
        BigDecimal expectedA = new BigDecimal("100.00").subtract(BigDecimal.valueOf(forthDone)).add(BigDecimal.valueOf(2 * backDone));
        BigDecimal expectedB = new BigDecimal("100.00").add(BigDecimal.valueOf(forthDone)).subtract(BigDecimal.valueOf(2 * backDone));
        for (NodeClient query : List.of(query1, query2)) {
            assertThat(wallet(query, staff, a)).isEqualByComparingTo(expectedA);
            assertThat(wallet(query, staff, b)).isEqualByComparingTo(expectedB);
        }
    }

    private static List<Answer> transfers(NodeClient node, String cashier, String from, String to, String amount) {
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < TRANSFERS_EACH_WAY; i++) {
            answers.add(node.post(cashier, PASSWORD, "/api/accounts/" + from + "/wallet/transfers",
                    json("toAccount", to, "amount", amount)));
        }
        return answers;
    }

    /** Cash sales from several cashiers at once, each request to the next command side in turn. */
    private List<Long> burstOfSalesThroughBothCommandSides(Staff staff, NodeClient command1, NodeClient command2,
                                                           String tariff) throws Exception {
        List<Future<List<Long>>> sellers = new ArrayList<>();
        for (int seller = 0; seller < SELLERS; seller++) {
            String cashier = staff.cashier(seller);
            String account = staff.account(seller % 2 == 0 ? command1 : command2, tariff);
            sellers.add(clients.submit(() -> {
                List<Long> numbers = new ArrayList<>();
                for (int i = 0; i < SALES_PER_SELLER; i++) {
                    Answer sale = (i % 2 == 0 ? command1 : command2).post(cashier, PASSWORD,
                            "/api/accounts/" + account + "/purchases", json("amount", "5.00", "tender", "CASH"));
                    assertThat(sale.status()).as(sale.body()).isEqualTo(201);
                    numbers.add(sale.json().get("transactionNumber").asLong());
                }
                return numbers;
            }));
        }
        List<Long> numbers = new ArrayList<>();
        for (Future<List<Long>> seller : sellers) {
            numbers.addAll(seller.get(180, TimeUnit.SECONDS));
        }
        assertThat(numbers).doesNotHaveDuplicates().hasSize(SELLERS * SALES_PER_SELLER);
        return numbers;
    }

    /** Read your writes across nodes: a query node waits also for the segments the other query node holds. */
    private void readsOnEitherQueryNodeSeeWhatEitherCommandNodeWrote(Staff staff, NodeClient command1, NodeClient command2,
                                                                     NodeClient query1, NodeClient query2, String tariff) {
        for (int i = 0; i < 4; i++) {
            NodeClient command = i % 2 == 0 ? command1 : command2;
            String account = staff.account(command, tariff);
            Answer sale = command.post(staff.cashier(0), PASSWORD, "/api/accounts/" + account + "/purchases",
                    json("amount", "7.00", "tender", "CASH"));
            assertThat(sale.status()).as(sale.body()).isEqualTo(201);
            long number = sale.json().get("transactionNumber").asLong();
            for (NodeClient query : List.of(query1, query2)) {
                Answer overview = query.get(staff.cashier(0), PASSWORD, "/api/accounts/" + account + "/overview");
                assertThat(overview.status()).as(overview.body()).isEqualTo(200);
                assertThat(overview.staleHeader()).as("stale projections").isNull();
                assertThat(overview.json().get("recentTransactions").findValuesAsText("transactionNumber"))
                        .contains(Long.toString(number));
            }
        }
    }

    private void everyEventProjectedAndLinkedOnce(ScratchDatabase db, Staff staff, NodeClient query1, NodeClient query2,
                                                  int salesSent) throws Exception {
        long recorded = db.count(TRANSACTIONS_RECORDED);
        assertThat(recorded).isGreaterThanOrEqualTo(salesSent);
        awaitTrue("transaction_view has one row per TransactionRecorded event",
                () -> db.count("select count(*) from transaction_view") == recorded);
        assertThat(db.number("select sum(total) from transaction_view"))
                .isEqualByComparingTo(db.number("select sum((convert_from(payload, 'UTF8')::jsonb ->> 'total')::numeric) "
                        + "from domainevententry where payloadtype = 'org.juiceledger.kernel.account.TransactionRecorded'"));
        assertThat(db.count("select count(*) from deadletterentry")).as("dead letters").isZero();
        awaitTrue("the hash chain links every event", () -> db.count("select count(*) from event_hash_chain")
                == db.count("select count(*) from domainevententry"));
        assertThat(db.count("select count(distinct event_identifier) from event_hash_chain"))
                .isEqualTo(db.count("select count(*) from domainevententry"));
        for (NodeClient query : List.of(query1, query2)) {
            Answer chain = query.post(staff.auditor, PASSWORD, "/api/audit/chain-verification", "");
            assertThat(chain.status()).as(chain.body()).isEqualTo(200);
            assertThat(chain.json().get("intact").asBoolean()).as(chain.body()).isTrue();
            awaitTrue("every projection current and healthy on each query node", () -> {
                JsonNode status = query.get(ADMIN, ADMIN_PASSWORD, "/api/admin/replay").json();
                for (JsonNode processor : status.get("processors")) {
                    if (processor.get("behind").asLong() != 0 || processor.get("failing").asBoolean()
                            || processor.get("stalled").asBoolean()) {
                        return false;
                    }
                }
                return true;
            });
        }
    }

    private void theQueryNodesShareTheSegments(ScratchDatabase db, String node1, String node2) throws Exception {
        Instant started = Instant.now();
        awaitTrue("each query node holds half of every split processor's segments", () -> {
            for (String processor : SPLIT_PROCESSORS) {
                if (!db.segmentsByOwner(processor).equals(Map.of(node1, SEGMENTS / 2, node2, SEGMENTS / 2))) {
                    return false;
                }
            }
            return true;
        });
        System.out.printf("SCALEOUT segments split evenly between the query nodes (%s)%n", db.segmentsByOwner(null));
        System.out.printf("SCALEOUT (balanced within %d ms of the check)%n", Duration.between(started, Instant.now()).toMillis());
    }

    private Duration takeOverFromKilledNode(ScratchDatabase db, SideProcess victim, String survivor) throws Exception {
        long segments = db.count("select count(*) from tokenentry");
        victim.killHard();
        Instant killed = Instant.now();
        Instant deadline = killed.plus(TAKEOVER_MAX).plusSeconds(15);
        while (Instant.now().isBefore(deadline)) {
            if (db.segmentsByOwner(null).equals(Map.of(survivor, (int) segments))) {
                return Duration.between(killed, Instant.now());
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Segments not taken over: " + db.segmentsByOwner(null));
    }

    private static BigDecimal wallet(NodeClient query, Staff staff, String account) {
        Answer overview = query.get(staff.cashier(0), PASSWORD, "/api/accounts/" + account + "/overview");
        assertThat(overview.status()).as(overview.body()).isEqualTo(200);
        return new BigDecimal(overview.json().get("balances").get("wallet").asText());
    }

    private static <T> Callable<T> atOnce(CountDownLatch go, Callable<T> work) {
        return () -> {
            if (!go.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never started");
            }
            return work.call();
        };
    }

    /** Polls every 250 ms, at most {@link #SETTLE_TIMEOUT}. */
    private static void awaitTrue(String what, Callable<Boolean> condition) throws Exception {
        Instant deadline = Instant.now().plus(SETTLE_TIMEOUT);
        while (!condition.call()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not within " + SETTLE_TIMEOUT + ": " + what);
            }
            Thread.sleep(250);
        }
    }

    /** The users the test works as, created through both command sides. */
    private record Staff(List<String> cashiers, String supervisor, String cardAdmin, String auditor) {

        static Staff hire(NodeClient command1, NodeClient command2) {
            List<String> cashiers = new ArrayList<>();
            for (int i = 0; i < SELLERS; i++) {
                cashiers.add(user(i % 2 == 0 ? command1 : command2, "CASHIER"));
            }
            return new Staff(cashiers, user(command1, "SUPERVISOR"), user(command2, "CARD_ADMIN"), user(command1, "AUDITOR"));
        }

        String cashier(int index) {
            return cashiers.get(index);
        }

        String tariff(NodeClient command) {
            String id = TestUsers.uniqueId("t");
            Answer tariff = command.post(supervisor, PASSWORD, "/api/tariffs",
                    json("tariffId", id, "name", "Tariff " + id, "pricePerKwh", "0.500000", "taxPercent", "0"));
            assertThat(tariff.status()).as(tariff.body()).isEqualTo(201);
            return id;
        }

        String account(NodeClient command, String tariff) {
            Answer account = command.post(cashiers.get(0), PASSWORD, "/api/accounts",
                    json("name", "Thandi Nkosi", "phone", "+27821234567", "tariffId", tariff));
            assertThat(account.status()).as(account.body()).isEqualTo(201);
            String number = account.json().get("accountNumber").asText();
            Answer meter = command.post(cashiers.get(0), PASSWORD, "/api/accounts/" + number + "/meters",
                    json("meterNumber", TestUsers.uniqueId("AMI"), "kind", "AMI"));
            assertThat(meter.status()).as(meter.body()).isEqualTo(201);
            return number;
        }

        private static String user(NodeClient command, String role) {
            String login = TestUsers.uniqueLogin(role.toLowerCase());
            Answer created = command.post(ADMIN, ADMIN_PASSWORD, "/api/users", json("login", login, "name", role,
                    "password", PASSWORD, "roles", List.of(role), "vendorLimit", "1000000.00", "specialLimit", "1000000.00"));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            return login;
        }
    }
}
