package org.juiceledger.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import org.juiceledger.sts.InMemoryTidAllocator;
import org.juiceledger.sts.MeterNumbers;
import org.juiceledger.sts.StsMeter;
import org.juiceledger.sts.StsTokenEngine;
import org.juiceledger.sts.VendingKey;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Runs the product on a fresh PostgreSQL database and measures what matters to a utility: token
 * issuing, cash sales, card generation, activation and redemption through the REST API, how soon a
 * sale shows in the overview, and the heap. Prints a Markdown table for docs/performance.md.
 * Run: {@code ./mvnw -q -pl benchmarks -am install -DskipTests && ./mvnw -q -pl benchmarks exec:java}.
 */
public final class BenchmarkMain {

    static final String ADMIN_PASSWORD = "Bench-Secure-2026!k";
    static final String PASSWORD = "Bench-user-pass-2026";
    static final String DEMO_VENDING_KEY = "abababababababab949494949494949401234567";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final List<String> rows = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        new BenchmarkMain().run();
        System.exit(0);
    }

    private void run() throws Exception {
        String url = freshDatabase();
        tokenEngine();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(BenchmarkApplication.class).run(
                "--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--juice.admin.password=" + ADMIN_PASSWORD, "--juice.cards.pin-key=" + "ab".repeat(32),
                "--juice.sts.vending-key=" + DEMO_VENDING_KEY, "--logging.level.root=WARN")) {
            Http http = new Http(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
            rest(http);
        }
        System.out.println("| measure | result |");
        System.out.println("| --- | --- |");
        rows.forEach(System.out::println);
    }

    private void tokenEngine() {
        StsTokenEngine engine = new StsTokenEngine(VendingKey.ofHex(DEMO_VENDING_KEY));
        StsMeter meter = new StsMeter("01234567897", "123457", "01", 1, 2, 2014, StsMeter.Algorithm.EA11);
        InMemoryTidAllocator tids = new InMemoryTidAllocator();
        int minute = StsTokenEngine.minuteOf(meter, Instant.now());
        int count = 20_000;
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            engine.creditToken(meter, 500, tids.allocate("m", minute), i & 15);
        }
        rows.add(row("STS credit tokens built in process (EA11, DKGA04)", perSecond(count, start)));
    }

    private void rest(Http http) throws Exception {
        String cashier = user(http, "CASHIER");
        String supervisor = user(http, "SUPERVISOR");
        String cardAdmin = user(http, "CARD_ADMIN");
        http.post("admin", ADMIN_PASSWORD, "/api/tariffs", "tariffId", "bench", "name", "Bench", "pricePerKwh", "0.5", "taxPercent", "15");
        List<String[]> accounts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String account = http.post(cashier, PASSWORD, "/api/accounts", "name", "Bench " + i, "tariffId", "bench")
                    .get("accountNumber").asText();
            String meter = drn();
            http.post(cashier, PASSWORD, "/api/accounts/" + account + "/meters", "meterNumber", meter, "kind", "STS",
                    "sts", Map.of("supplyGroupCode", "123457", "tariffIndex", "01", "keyRevision", 1,
                            "keyType", 2, "baseDate", 2014, "algorithm", "EA11"));
            accounts.add(new String[]{account, meter});
        }
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        timed("Cash purchases with an STS token, 1 client", 400, 1, i -> {
            String[] a = accounts.get(i % accounts.size());
            long t = System.nanoTime();
            http.post(cashier, PASSWORD, "/api/accounts/" + a[0] + "/purchases", "amount", "10.00", "tender", "CASH", "meterNumber", a[1]);
            latencies.add(System.nanoTime() - t);
        });
        rows.add(row("Cash purchase latency p50 / p95", percentile(latencies, 50) + " ms / " + percentile(latencies, 95) + " ms"));
        timed("Cash purchases with an STS token, 4 clients", 400, 4, i -> {
            String[] a = accounts.get(i % accounts.size());
            http.post(cashier, PASSWORD, "/api/accounts/" + a[0] + "/purchases", "amount", "10.00", "tender", "CASH", "meterNumber", a[1]);
        });
        projectionLag(http, cashier, accounts.get(0));

        long start = System.nanoTime();
        JsonNode batch = http.post(cardAdmin, PASSWORD, "/api/card-batches", "quantity", 10_000, "denomination", "20.00",
                "pinLength", 16, "pinAlphabet", "NUMERIC");
        rows.add(row("Generate a batch of 10,000 cards", seconds(start)));
        start = System.nanoTime();
        String csv = http.get(cardAdmin, PASSWORD, "/api/card-batches/" + batch.get("batchId").asText() + "/print-file");
        rows.add(row("Download its print file", seconds(start)));
        String[] lines = csv.split("\n");
        long first = Long.parseLong(batch.get("firstSerial").asText());
        start = System.nanoTime();
        http.post(supervisor, PASSWORD, "/api/cards/activate", "firstSerial", batch.get("firstSerial").asText(),
                "lastSerial", String.format("%010d", first + 999), "customer", "vendor", "tender", "CASH", "expectedTotal", "20000.00");
        rows.add(row("Activate a range of 1,000 cards (one sale, all or none)", seconds(start)));
        timed("Card redemptions to an STS meter, 4 clients", 400, 4, i -> {
            String[] a = accounts.get(i % accounts.size());
            http.post(cashier, PASSWORD, "/api/cards/redeem", "pin", lines[1 + i].split(",")[1], "meterNumber", a[1]);
        });
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        rows.add(row("Heap in use after the run (after GC)", (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024) + " MiB"));
    }

    private void projectionLag(Http http, String cashier, String[] account) throws InterruptedException {
        JsonNode sale = http.post(cashier, PASSWORD, "/api/accounts/" + account[0] + "/purchases", "amount", "10.00",
                "tender", "CASH", "meterNumber", account[1]);
        long number = sale.get("transactionNumber").asLong();
        long start = System.nanoTime();
        while (!http.get(cashier, PASSWORD, "/api/accounts/" + account[0] + "/overview").contains("\"transactionNumber\":" + number)) {
            Thread.sleep(5);
        }
        rows.add(row("Time until a sale shows in the account overview", (System.nanoTime() - start) / 1_000_000 + " ms"));
    }

    private void timed(String name, int count, int clients, IntConsumer operation) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            done.add(pool.submit(() -> operation.accept(n)));
        }
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();
        rows.add(row(name, perSecond(count, start)));
    }

    private static String user(Http http, String role) {
        String login = role.toLowerCase().replace('_', '-') + "-bench";
        http.post("admin", ADMIN_PASSWORD, "/api/users", "login", login, "name", role, "password", PASSWORD,
                "roles", List.of(role), "vendorLimit", "100000000.00", "specialLimit", "100000000.00");
        return login;
    }

    private static String freshDatabase() throws Exception {
        String name = "juice_bench_" + System.currentTimeMillis();
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return "jdbc:postgresql://127.0.0.1:5432/" + name;
    }

    private static String drn() {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            digits.append(RANDOM.nextInt(10));
        }
        return digits.append(MeterNumbers.luhnDigit(digits.toString())).toString();
    }

    private static long percentile(List<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percentile / 100)) / 1_000_000;
    }

    private static String perSecond(int count, long startNanos) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        return String.format("%,d in %.1f s = %,.0f per second", count, seconds, count / seconds);
    }

    private static String seconds(long startNanos) {
        return String.format("%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }

    private static String row(String name, String result) {
        return "| " + name + " | " + result + " |";
    }
}
