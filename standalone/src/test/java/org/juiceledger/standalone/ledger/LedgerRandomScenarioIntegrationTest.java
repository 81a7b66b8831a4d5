package org.juiceledger.standalone.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import org.juiceledger.platform.testing.JuiceApi.Reply;
import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.juiceledger.standalone.testing.CardStock;
import org.juiceledger.standalone.testing.Desk;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.juiceledger.platform.testing.JuiceApi.json;
import static org.juiceledger.standalone.ledger.LedgerReader.money;

/**
 * A seeded random day at the utility, through REST on PostgreSQL: three cashiers work at the same
 * time, each with a supervisor at hand, and run a few hundred mixed transactions (purchases by every
 * tender for STS and AMI meters, deposits, arrears payments, wallet purchases, transfers, credit
 * notes, arrears, write-offs, adjustments, free and management tokens, card sales, redemptions and
 * voids, batch closes, and reversals of random earlier transactions). Refused operations are
 * skipped. Afterwards every invariant holds to the cent, the trial balance balances, transfer
 * clearing is empty, and each cashier's tills in the ledger hold what their open batch holds.
 * Each cashier's sequence of operations follows from {@code -Djuice.ledger.seed=} (their
 * interleaving does not); {@code -Djuice.ledger.operations=} sets how many in all.
 */
@PostgresIntegrationTest
class LedgerRandomScenarioIntegrationTest {

    static final long SEED = Long.getLong("juice.ledger.seed", 20261123L);
    static final int OPERATIONS = Integer.getInteger("juice.ledger.operations", 200);
    static final String[] TENDERS = {"CASH", "CC", "CHECK", "DC"};
    static final List<String> MUST_HAPPEN = List.of("purchase", "deposit", "arrearsPayment", "walletPurchase",
            "transfer", "creditNote", "arrears", "writeOff", "adjustment", "cardSale", "redemption", "cardVoid",
            "reversal");

    @LocalServerPort
    int port;
    Desk desk;
    final List<String> cashiers = new ArrayList<>();
    final List<String> supervisors = new ArrayList<>();
    final List<String> accounts = new ArrayList<>();
    final List<String[]> meters = new ArrayList<>(); // {account, meter, kind}
    final Map<String, Deque<Card>> unsold = new HashMap<>(); // each cashier's worker alone touches theirs
    final List<Card> sold = Collections.synchronizedList(new ArrayList<>());
    final List<Long> transactions = Collections.synchronizedList(new ArrayList<>());
    final Map<String, int[]> outcomes = new TreeMap<>(); // operation -> {done, refused}
    final Map<String, Integer> refusals = new TreeMap<>(); // operation and code -> count

    record Card(String serial, String pin, String denomination, int index) {
    }

    @Test
    void hundredsOfMixedTransactionsByCashiersAtOnceLeaveEveryInvariantHoldingToTheCent() throws Exception {
        long started = System.nanoTime();
        desk = new Desk(port);
        LedgerReader ledger = new LedgerReader(desk);
        cashiers.addAll(List.of(desk.cashier, desk.user("CASHIER"), desk.user("CASHIER")));
        supervisors.addAll(List.of(desk.supervisor, desk.user("SUPERVISOR")));
        openAccounts();
        stockCards();

        long setUp = System.nanoTime();
        runCashiersAtOnce();
        long ran = System.nanoTime();
        System.out.println("Ledger scenario, seed " + SEED + ": " + describe());
        for (String operation : MUST_HAPPEN) {
            assertThat(outcomes.getOrDefault(operation, new int[2])[0]).as(operation + " done, " + describe()).isPositive();
        }

        // a last deposit: once the ledger shows it, it has posted everything before it
        long marker = desk.transact(cashiers.get(0), "/api/accounts/" + accounts.get(0) + "/wallet/deposits",
                json("amount", "0.01", "tender", "CASH")).get("transactionNumber").asLong();
        ledger.statementShowing("CASH_ON_HAND:" + cashiers.get(0) + ":CASH", marker, 1);
        JsonNode report = ledger.invariantsHold(Duration.ofSeconds(60));
        System.out.printf("Ledger scenario: set-up %d ms, %d operations %d ms, ledger caught up %d ms later%n",
                (setUp - started) / 1_000_000, OPERATIONS, (ran - setUp) / 1_000_000, (System.nanoTime() - ran) / 1_000_000);

        assertThat(report.get("checks").findValuesAsText("name")).contains("trialBalanceNetsToZero",
                "cardFloatEqualsActivatedCards", "walletLiabilityEqualsWalletBalances",
                "arrearsReceivableEqualsArrearsBalances")
                .anyMatch(name -> name.startsWith("cashOnHandEqualsOpenBatch[CASH_ON_HAND:"));
        for (JsonNode check : report.get("checks")) {
            assertThat(check.get("holds").asBoolean()).as(check.toString()).isTrue();
            assertThat(check.get("actual").asText()).as(check.toString()).isEqualTo(check.get("expected").asText());
        }
        JsonNode trialBalance = ledger.trialBalance();
        assertThat(money(trialBalance.get("totalDebit"))).isEqualByComparingTo(money(trialBalance.get("totalCredit")));
        assertThat(ledger.trialBalanceNet(trialBalance, "WALLET_TRANSFER_CLEARING")).isEqualByComparingTo("0.00");
        for (String cashier : cashiers) {
            JsonNode open = desk.api.get("/api/cashiers/" + cashier + "/batch", desk.supervisor, Desk.PASSWORD).json();
            for (String tender : TENDERS) {
                assertThat(ledger.trialBalanceNet(trialBalance, "CASH_ON_HAND:" + cashier + ":" + tender))
                        .as(cashier + " " + tender).isEqualByComparingTo(money(open.get("collected").get(tender)));
            }
        }
    }

    /** One worker per cashier, each with its own seeded Random, all at the same time. */
    private void runCashiersAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(cashiers.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < cashiers.size(); i++) {
                Worker worker = new Worker(cashiers.get(i), new Random(SEED * 31 + i));
                running.add(pool.submit(() -> {
                    for (int n = 0; n < OPERATIONS / cashiers.size(); n++) {
                        worker.runOne();
                    }
                }));
            }
            for (Future<?> worker : running) {
                try {
                    worker.get(10, TimeUnit.MINUTES);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw e;
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void openAccounts() {
        List<String> tariffs = List.of(desk.tariff("0.500000", "0"), desk.tariff("0.250000", "15"));
        for (int i = 0; i < 6; i++) {
            String account = desk.account(tariffs.get(i % 2));
            accounts.add(account);
            meters.add(new String[]{account, desk.stsMeter(account), "STS"});
            if (i % 2 == 0) {
                meters.add(new String[]{account, desk.amiMeter(account), "AMI"});
            }
        }
    }

    /** Two batches, each split between the cashiers. */
    private void stockCards() {
        CardStock stock = new CardStock(desk, desk.user("CARD_ADMIN"));
        issue(stock.generate(30, "10.00", 16, "NUMERIC"), "10.00");
        issue(stock.generate(15, "25.00", 16, "ALPHANUMERIC"), "25.00");
    }

    private void issue(CardStock.Batch batch, String denomination) {
        int share = batch.serials().size() / cashiers.size();
        for (int c = 0; c < cashiers.size(); c++) {
            int first = c * share;
            int last = first + share - 1;
            Reply custody = desk.post(desk.supervisor, "/api/cards/custody", json("firstSerial", batch.serial(first),
                    "lastSerial", batch.serial(last), "cashier", cashiers.get(c)));
            assertThat(custody.status()).as(custody.body()).isEqualTo(200);
            Deque<Card> cards = unsold.computeIfAbsent(cashiers.get(c), k -> new ArrayDeque<>());
            for (int i = first; i <= last; i++) {
                cards.add(new Card(batch.serial(i), batch.pins().get(i), denomination, i));
            }
        }
    }

    /** Counts the outcome and remembers the transaction; a refusal is fine, a server error or a denial is not. */
    private boolean record(String operation, Reply reply) {
        if (reply.status() >= 500 || reply.status() == 401 || reply.status() == 403) {
            fail(operation + " answered " + reply.status() + ": " + reply.body());
        }
        boolean done = reply.status() < 400;
        synchronized (outcomes) {
            outcomes.computeIfAbsent(operation, k -> new int[2])[done ? 0 : 1]++;
            if (!done) {
                refusals.merge(operation + " " + reply.json().path("code").asText(), 1, Integer::sum);
            }
        }
        if (done && reply.json().has("transactionNumber") && !operation.equals("batchClose")) {
            transactions.add(reply.json().get("transactionNumber").asLong());
        }
        return done;
    }

    private String describe() {
        synchronized (outcomes) {
            StringBuilder text = new StringBuilder();
            outcomes.forEach((operation, counts) -> text.append(operation).append(' ').append(counts[0]).append('/')
                    .append(counts[0] + counts[1]).append("; "));
            return text.append("refused: ").append(refusals).toString();
        }
    }

    /** One cashier's stream of work; supervisors step in for what needs them. */
    private final class Worker {

        private final String cashier;
        private final Random random;

        Worker(String cashier, Random random) {
            this.cashier = cashier;
            this.random = random;
        }

        /** One random operation. Debt is created by the first supervisor and written off by the second. */
        void runOne() {
            int roll = random.nextInt(100);
            String supervisor = pick(supervisors);
            String account = pick(accounts);
            String[] meter = pick(meters);
            if (roll < 18) {
                record("purchase", desk.post(cashier, "/api/accounts/" + meter[0] + "/purchases",
                        json("amount", amount(2, 80), "tender", pick(TENDERS), "meterNumber", meter[1])));
            } else if (roll < 26) {
                record("deposit", desk.post(cashier, "/api/accounts/" + account + "/wallet/deposits",
                        json("amount", amount(5, 150), "tender", pick(TENDERS))));
            } else if (roll < 31) {
                record("arrearsPayment", desk.post(cashier, "/api/accounts/" + account + "/arrears/payments",
                        json("amount", amount(1, 20), "tender", pick(TENDERS))));
            } else if (roll < 38) {
                String[] sts = meterOfKind("STS");
                record("walletPurchase", desk.post(cashier, "/api/accounts/" + sts[0] + "/wallet/purchases",
                        json("amount", amount(1, 40), "meterNumber", sts[1])));
            } else if (roll < 44) {
                String to = accounts.get((accounts.indexOf(account) + 1 + random.nextInt(accounts.size() - 1)) % accounts.size());
                record("transfer", desk.post(cashier, "/api/accounts/" + account + "/wallet/transfers",
                        json("toAccount", to, "amount", amount(1, 30))));
            } else if (roll < 48) {
                record("creditNote", desk.post(supervisor, "/api/accounts/" + account + "/wallet/credit-notes",
                        json("amount", amount(1, 25), "note", "goodwill")));
            } else if (roll < 53) {
                record("arrears", desk.post(supervisors.get(0), "/api/accounts/" + account + "/arrears",
                        json("amount", amount(10, 120), "collectionPercent", String.valueOf(20 + 10 * random.nextInt(9)),
                                "description", "postpaid balance")));
            } else if (roll < 57) {
                record("writeOff", desk.post(supervisors.get(1), "/api/accounts/" + account + "/arrears/write-offs",
                        json("amount", amount(1, 15), "reason", "hardship")));
            } else if (roll < 61) {
                adjust();
            } else if (roll < 63) {
                String[] sts = meterOfKind("STS");
                record("freeToken", desk.post(supervisor, "/api/accounts/" + sts[0] + "/free-tokens",
                        json("meterNumber", sts[1], "units", "50", "reason", "free basic electricity")));
            } else if (roll < 64) {
                String[] sts = meterOfKind("STS");
                record("managementToken", desk.post(supervisor, "/api/accounts/" + sts[0] + "/management-tokens",
                        json("meterNumber", sts[1], "kind", "CLEAR_TAMPER", "workOrder", "WO-" + random.nextInt(1000))));
            } else if (roll < 73) {
                sellCards();
            } else if (roll < 81) {
                redeem();
            } else if (roll < 83) {
                voidCard(supervisor);
            } else if (roll < 84) {
                closeBatch();
            } else {
                Long number = pickTransaction();
                if (number != null) {
                    record("reversal", desk.post(supervisor, "/api/transactions/" + number + "/reversal",
                            json("reason", "reversed in the scenario")));
                }
            }
        }

        /** One or two accounts, wallet or arrears, mostly up, sometimes down. */
        private void adjust() {
            List<String> chosen = new ArrayList<>(accounts);
            Collections.shuffle(chosen, random);
            List<Map<String, String>> lines = new ArrayList<>();
            for (String account : chosen.subList(0, 1 + random.nextInt(2))) {
                String amount = amount(1, 20);
                lines.add(Map.of("accountNumber", account, "target", random.nextBoolean() ? "WALLET" : "ARREARS",
                        "amount", random.nextInt(3) == 0 ? "-" + amount : amount));
            }
            record("adjustment", desk.post(supervisors.get(0), "/api/adjustments",
                    json("reason", "scenario adjustment", "lines", lines)));
        }

        /** Sells this cashier's next one to three cards (a contiguous run), by a random tender. */
        private void sellCards() {
            Deque<Card> cards = unsold.get(cashier);
            if (cards.isEmpty()) {
                return;
            }
            List<Card> run = new ArrayList<>(List.of(cards.poll()));
            int wanted = 1 + random.nextInt(3);
            while (run.size() < wanted && !cards.isEmpty() && cards.peek().index() == run.get(run.size() - 1).index() + 1
                    && cards.peek().denomination().equals(run.get(0).denomination())) {
                run.add(cards.poll());
            }
            BigDecimal total = new BigDecimal(run.get(0).denomination()).multiply(BigDecimal.valueOf(run.size()));
            Reply sale = desk.post(cashier, "/api/cards/activate", json("firstSerial", run.get(0).serial(),
                    "lastSerial", run.get(run.size() - 1).serial(), "customer", "cash", "tender", pick(TENDERS),
                    "expectedTotal", total.toPlainString()));
            if (record("cardSale", sale)) {
                sold.addAll(run);
            }
        }

        /** Redeems a sold card to a meter (STS: energy; AMI: wallet) or straight into an account's wallet. */
        private void redeem() {
            Card card = takeSold();
            if (card == null) {
                return;
            }
            String[] meter = pick(meters);
            String body = random.nextInt(3) == 0 ? json("pin", card.pin(), "accountNumber", meter[0])
                    : json("pin", card.pin(), "meterNumber", meter[1]);
            record("redemption", desk.post(cashier, "/api/cards/redeem", body));
        }

        /** Voids a sold card (its value leaves the float) or one of this cashier's unsold ones (nothing to post). */
        private void voidCard(String supervisor) {
            Card card = random.nextBoolean() ? takeSold() : unsold.get(cashier).pollLast();
            if (card != null) {
                record("cardVoid", desk.post(supervisor, "/api/cards/" + card.serial() + "/void", json("reason", "lost")));
            }
        }

        /** The cashier closes their batch, declaring the expected cash, a little less or a little more. */
        private void closeBatch() {
            JsonNode open = desk.api.get("/api/cashiers/" + cashier + "/batch", desk.supervisor, Desk.PASSWORD).json();
            BigDecimal declared = money(open.get("collected").get("CASH"))
                    .add(new BigDecimal(List.of("0.00", "-1.00", "0.50").get(random.nextInt(3)))).max(BigDecimal.ZERO);
            record("batchClose", desk.post(cashier, "/api/cashiers/" + cashier + "/batch-close",
                    json("declaredCash", declared.setScale(2).toPlainString())));
        }

        private Card takeSold() {
            synchronized (sold) {
                return sold.isEmpty() ? null : sold.remove(random.nextInt(sold.size()));
            }
        }

        private Long pickTransaction() {
            synchronized (transactions) {
                return transactions.isEmpty() ? null : transactions.get(random.nextInt(transactions.size()));
            }
        }

        private String[] meterOfKind(String kind) {
            List<String[]> ofKind = meters.stream().filter(m -> m[2].equals(kind)).toList();
            return ofKind.get(random.nextInt(ofKind.size()));
        }

        private String amount(int min, int max) {
            long cents = min * 100L + random.nextInt((max - min) * 100 + 1);
            return BigDecimal.valueOf(cents, 2).toPlainString();
        }

        private <T> T pick(List<T> items) {
            return items.get(random.nextInt(items.size()));
        }

        private String pick(String[] items) {
            return items[random.nextInt(items.length)];
        }
    }
}
