package org.juiceledger.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Loads the standalone application from outside its JVM and puts every figure beside PostgreSQL's
 * own ceiling (pgbench on the same server, in the same run). Run it with {@code benchmarks/run.sh}
 * ({@code --short} for a quick look, {@code --long} for the multi-million-event figures,
 * {@code --profile} for a flight recording of the app). Prints one Markdown table.
 */
public final class BenchmarkMain {

    static final String ADMIN_PASSWORD = "Bench-Secure-2026!k";
    static final String DEMO_VENDING_KEY = "abababababababab949494949494949401234567";
    private static final String PASSWORD = Fixture.PASSWORD;
    private static final int[] CLIENTS = {1, 8, 32};

    private final Options options;
    private final Report report = new Report();
    private final PgBench.Figures pg = new PgBench.Figures();
    private final List<String> pins = new ArrayList<>();
    private final AtomicInteger nextPin = new AtomicInteger();

    private AppProcess app;

    private BenchmarkMain(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        new BenchmarkMain(Options.parse(args)).run();
        System.exit(0);
    }

    private void run() throws Exception {
        Files.createDirectories(options.out());
        report.note("load before: " + uptime());
        PgBench pgbench = PgBench.prepare(options.out());
        try {
            for (int clients : CLIENTS) {
                pg.put(clients, pgbench.tps(clients, options.pgbenchSeconds()));
                // as it is measured, so that a run that stops early still says what the database took
                report.note(String.format("pgbench, %d clients: %,.0f tx/s", clients, pg.at(clients)));
            }
        } finally {
            pgbench.drop();
        }
        String database = createDatabase("juice_bench");
        try (AppProcess app = AppProcess.start(options.jar(), jdbcUrl(database), options.out(), options.appSettings())) {
            report.note("app pid " + app.pid() + ", -Xmx512m" + (options.profile() ? ", JFR per phase in " + options.out() : ""));
            this.app = app;
            measure(new Http(app.port()), app, jdbcUrl(database));
        } finally {
            report.note("load after: " + uptime());
            if (!options.keepDatabase()) {
                dropDatabase(database);
            }
        }
        System.out.println();
        report.print(pg);
    }

    private void measure(Http http, AppProcess app, String jdbcUrl) throws Exception {
        Fixture f = Fixture.make(http, options.accounts());
        phase("generation", () -> cards(http, f, options.cards()));
        caughtUp(http, f, "Projections and the audit chain caught up with the batch (after its print file)");
        phase("activation", () -> activations(http, f));
        // the redemptions start on a node at rest, not while its projections absorb the activations
        caughtUp(http, f, "Projections and the audit chain caught up with the activations");
        warmUp(http, f);
        try (LagProbe lag = new LagProbe(jdbcUrl)) {
            for (int clients : CLIENTS) {
                int n = clients;
                phase(clients == 32 ? "redemption-32" : null, () -> redeem(http, f, "Redeem (one cashier), " + n
                        + " clients", n, options.redemptions(n), f.cashier, true, n == 32 ? lag : null));
            }
            report.row("Projection lag under the 32-client load (acknowledged → in transaction_view)", lag.summary(), "");
        }
        for (int clients : CLIENTS) {
            int n = clients;
            phase(clients == 32 ? "sms-32" : null, () -> redeem(http, f, "Redeem via SMS gateway, " + n + " clients",
                    n, options.redemptions(n), f.gateway, true, null));
        }
        if (Wrk.installed()) {
            wrk(http, f, app);
        } else {
            report.note("wrk is not on the PATH: no redemptions driven by wrk");
        }
        CpuMeter.Reading cpu = new CpuMeter(app).now();
        Load.Result cash = Load.run(32, options.redemptions(32), i -> {
            String[] a = f.account(i);
            return check(http.send(f.cashier, PASSWORD, "/api/accounts/" + a[0] + "/purchases",
                    Http.body("amount", "10.00", "tender", "CASH", "meterNumber", a[1])));
        });
        report.load("Cash purchase (one cashier), 32 clients", cash, pg.at(32),
                new CpuMeter(app).perRequest(cpu, cash.count()));
        memory(http, app, "after the loads");
        report.row("Events in the store", String.format("%,d", events(jdbcUrl)), "");
        if (options.longRun()) {
            longRun(http, f, app, jdbcUrl);
        } else if (options.replay()) {
            replayAtRest(http, f, app, jdbcUrl);
        }
    }

    /**
     * Rounds of redemptions at 8 clients, not counted, until the JIT compiler keeps less than a tenth
     * of a core busy over a round (at most {@link Options#warmUpRoundsMax} rounds); says how many.
     */
    private void warmUp(Http http, Fixture f) throws Exception {
        CpuMeter meter = new CpuMeter(app);
        double compiler;
        int rounds = 0;
        do {
            CpuMeter.Reading before = meter.now();
            redeem(http, f, "warm-up (not counted)", 8, options.warmUpRound(), f.cashier, false, null);
            compiler = before.compilerCoresUntil(meter.now());
            rounds++;
        } while (compiler >= 0.1 && rounds < options.warmUpRoundsMax());
        report.row("Warm-up (not counted): redemptions at 8 clients until the JIT compiler is at rest",
                String.format("%,d in %d rounds; the JIT compiler %.2f cores in the last", rounds * options.warmUpRound(),
                        rounds, compiler), "");
    }

    /** The replay alone: the projections (and their catching up with the last batch) at rest first. */
    private void replayAtRest(Http http, Fixture f, AppProcess app, String jdbcUrl) throws Exception {
        caughtUp(http, f, "Projections and the audit chain caught up before the replay");
        phase("replay", () -> replay(http, jdbcUrl));
        memory(http, app, "after the replay");
    }

    private void longRun(Http http, Fixture f, AppProcess app, String jdbcUrl) throws Exception {
        while (events(jdbcUrl) < 2_000_000) {
            timedBatch(http, f, jdbcUrl);
        }
        replayAtRest(http, f, app, jdbcUrl);
        while (events(jdbcUrl) < 5_000_000) {
            timedBatch(http, f, jdbcUrl);
        }
        // as at the start: a node at rest, not one still projecting the last million cards
        caughtUp(http, f, "Projections and the audit chain caught up with the last batch");
        redeem(http, f, "Redeem (one cashier), 32 clients, store at " + String.format("%,d", events(jdbcUrl))
                + " events", 32, options.redemptions(32), f.cashier, true, null);
        memory(http, app, "at the end");
    }

    /** One more batch of a million cards, timed, with the size of the store it went into. */
    private void timedBatch(Http http, Fixture f, String jdbcUrl) throws Exception {
        long before = events(jdbcUrl);
        long start = System.nanoTime();
        generate(http, f, 1_000_000);
        report.row(String.format("Generate one batch of 1,000,000 cards into a store of %,d events", before),
                seconds(start), "");
    }

    interface Step {
        void run() throws Exception;
    }

    /** Runs a step; with --profile and a name, inside a flight recording of its own (name.jfr). */
    private void phase(String name, Step step) throws Exception {
        boolean record = options.profile() && name != null;
        if (record) {
            app.startRecording(name);
        }
        try {
            step.run();
        } finally {
            if (record) {
                app.stopRecording(name, options.out().resolve(name + ".jfr"));
            }
        }
    }

    /** One batch, timed; its print file streamed and counted; the PINs kept that the redemptions need. */
    private void cards(Http http, Fixture f, int quantity) throws Exception {
        long start = System.nanoTime();
        Http.Answer generated = http.send(f.cardAdmin, PASSWORD, "/api/card-batches", generation(quantity));
        report.row(String.format("Generate one batch of %,d cards", quantity), generated.ok() ? seconds(start)
                : "failed after " + seconds(start) + ": " + generated.status() + " " + problemCode(generated), "");
        if (!generated.ok()) {
            quantity = Math.max(20_000, options.pinsNeeded());
            generated = http.send(f.cardAdmin, PASSWORD, "/api/card-batches", generation(quantity));
            if (!generated.ok()) {
                throw new IllegalStateException("a batch of " + quantity + " failed too: " + generated.body());
            }
        }
        JsonNode batch = generated.json();
        start = System.nanoTime();
        long lines = 0;
        try (BufferedReader csv = new BufferedReader(new InputStreamReader(http.stream(f.cardAdmin, PASSWORD,
                "/api/card-batches/" + batch.get("batchId").asText() + "/print-file"), StandardCharsets.US_ASCII))) {
            csv.readLine();
            for (String line = csv.readLine(); line != null; line = csv.readLine()) {
                if (pins.size() < options.pinsNeeded()) {
                    pins.add(line.split(",")[1]);
                }
                lines++;
            }
        }
        if (lines != quantity) {
            throw new IllegalStateException("the print file has " + lines + " cards, not " + quantity);
        }
        report.row(String.format("Stream its print file (%,d lines)", lines), seconds(start), "");
        firstSerial = Long.parseLong(batch.get("firstSerial").asText());
    }

    private long firstSerial;

    private JsonNode generate(Http http, Fixture f, int quantity) {
        return http.post(f.cardAdmin, PASSWORD, "/api/card-batches", generation(quantity).entrySet().stream()
                .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray());
    }

    private static java.util.Map<String, Object> generation(int quantity) {
        return Http.body("quantity", quantity, "denomination", "20.00", "pinLength", 16, "pinAlphabet", "NUMERIC");
    }

    /** 10 sales of 100 cards (p50), one of 10,000, then untimed ranges until every PIN a redemption uses is sold. */
    private void activations(Http http, Fixture f) {
        long serial = firstSerial;
        long[] nanos = new long[10];
        for (int i = 0; i < 10; i++) {
            long t = System.nanoTime();
            if (!activate(http, f, serial, 100).ok()) {
                throw new IllegalStateException("activating 100 cards failed");
            }
            nanos[i] = System.nanoTime() - t;
            serial += 100;
        }
        Arrays.sort(nanos);
        report.row("Activate 100 cards (p50 of 10)", String.format("%.0f ms", nanos[4] / 1e6), "");
        long t = System.nanoTime();
        Http.Answer range = activate(http, f, serial, 10_000);
        report.row("Activate a range of 10,000 cards (one sale, all or none)", range.ok() ? seconds(t)
                : "failed after " + seconds(t) + ": " + range.status() + " " + problemCode(range), "");
        int chunk = range.ok() ? 10_000 : 1_000;
        serial += range.ok() ? 10_000 : 0;
        while (serial - firstSerial < pins.size()) {
            int quantity = (int) Math.min(chunk, pins.size() - (serial - firstSerial));
            Http.Answer answer = activate(http, f, serial, quantity);
            if (!answer.ok()) {
                throw new IllegalStateException("activation failed: " + answer.body());
            }
            serial += quantity;
        }
    }

    private static String problemCode(Http.Answer answer) {
        return answer.body().replaceAll(".*\"code\":\"([A-Z_]+)\".*", "$1");
    }

    private Http.Answer activate(Http http, Fixture f, long first, int quantity) {
        return http.send(f.supervisor, PASSWORD, "/api/cards/activate", Http.body("firstSerial", String.format("%010d", first),
                "lastSerial", String.format("%010d", first + quantity - 1), "customer", "vendor", "tender", "CASH",
                "expectedTotal", quantity * 20 + ".00"));
    }

    private void redeem(Http http, Fixture f, String name, int clients, int count, String user, boolean counted,
                        LagProbe lag) throws Exception {
        int base = nextPin.getAndAdd(count);
        if (base + count > pins.size()) {
            throw new IllegalStateException("not enough PINs: " + pins.size());
        }
        CpuMeter meter = new CpuMeter(app);
        CpuMeter.Reading cpu = meter.now();
        Load.Result result = Load.run(clients, count, i -> {
            String pin = pins.get(base + i);
            String[] a = f.account(base + i);
            if (user.equals(f.gateway)) {
                Http.Answer answer = http.send(user, PASSWORD, "/api/gateways/sms", Http.body("from",
                        "+2609" + (i % clients), "text", a[1] + "*" + pin, "messageId", "bench-" + (base + i)));
                if (!answer.ok() || !answer.json().get("reply").asText().startsWith("Token for meter")) {
                    throw new IllegalStateException(answer.status() + " " + answer.body());
                }
                return true;
            }
            Http.Answer answer = http.send(user, PASSWORD, "/api/cards/redeem", Http.body("pin", pin, "meterNumber", a[1]));
            check(answer);
            if (lag != null) {
                lag.acknowledged(answer.json().get("transactionNumber").asLong());
            }
            return true;
        });
        if (counted) {
            report.load(name, result, pg.at(clients), meter.perRequest(cpu, result.count()));
        }
    }

    /**
     * The 32-client redemptions again, as a cashier and through the SMS gateway, driven by wrk for
     * {@link Options#wrkSeconds} each: the figures an outside checker with wrk sees, with a load
     * driver that takes far less of the two cores than the harness's Java clients.
     */
    private void wrk(Http http, Fixture f, AppProcess app) throws Exception {
        for (String user : List.of(f.cashier, f.gateway)) {
            int count = options.wrkSeconds() * Options.WRK_MAX_RATE;
            int base = nextPin.getAndAdd(count);
            List<String> meters = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                meters.add(f.account(base + i)[1]);
            }
            Path cards = Wrk.cardsFile(options.out(), "wrk-cards-" + user + ".csv", pins.subList(base, base + count), meters);
            CpuMeter meter = new CpuMeter(app);
            CpuMeter.Reading cpu = meter.now();
            boolean sms = user.equals(f.gateway);
            Wrk.Result result = sms
                    ? Wrk.sms(app.port(), user, PASSWORD, cards, 32, options.wrkSeconds(), options.out())
                    : Wrk.cashier(app.port(), user, PASSWORD, cards, 32, options.wrkSeconds(), options.out());
            report.load((sms ? "Redeem via SMS gateway" : "Redeem (one cashier)") + ", 32 clients, driven by wrk",
                    result, pg.at(32), meter.perRequest(cpu, (int) result.requests()));
            Files.delete(cards);
        }
    }

    /**
     * Waits (at most 30 min) until no projection is behind the newest event and the audit chain has
     * linked it too (after a million-card batch the chain links for a minute or more, and loads
     * measured meanwhile share the CPU with it); says how long that took.
     */
    private void caughtUp(Http http, Fixture f, String measure) throws Exception {
        long start = System.nanoTime();
        long deadline = start + 1_800_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonNode status = Http.JSON.readTree(http.get("admin", ADMIN_PASSWORD, "/api/admin/replay"));
            boolean behind = false;
            for (JsonNode processor : status.get("processors")) {
                behind |= processor.path("behind").asLong(0) > 0;
            }
            long linked = Http.JSON.readTree(http.get(f.auditor, PASSWORD, "/api/audit/chain")).path("position").asLong(0);
            behind |= linked < status.path("headPosition").asLong(0);
            if (!behind) {
                report.row(measure, seconds(start), "");
                return;
            }
            Thread.sleep(500);
        }
        report.row(measure, "not within 30 min", "");
    }

    private void replay(Http http, String jdbcUrl) throws Exception {
        long events = events(jdbcUrl);
        long start = System.nanoTime();
        http.post("admin", ADMIN_PASSWORD, "/api/admin/replay");
        Thread.sleep(1000);
        while (http.get("admin", ADMIN_PASSWORD, "/api/admin/replay").contains("\"rebuilding\":true")) {
            Thread.sleep(500);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        report.row(String.format("Replay every projection over %,d events", events),
                String.format("%.1f s = %,.0f events/s", seconds, events / seconds), "");
    }

    private void memory(Http http, AppProcess app, String when) throws Exception {
        long[] rss = app.residentMiB();
        JsonNode heap = Http.JSON.readTree(http.get("admin", ADMIN_PASSWORD,
                "/actuator/metrics/jvm.memory.used?tag=area:heap"));
        long heapMiB = (long) (heap.get("measurements").get(0).get("value").asDouble() / (1024 * 1024));
        report.row("Memory " + when + ": heap used / RSS / peak RSS",
                heapMiB + " MiB / " + rss[0] + " MiB / " + rss[1] + " MiB", "");
    }

    private static boolean check(Http.Answer answer) {
        if (!answer.ok()) {
            throw new IllegalStateException(answer.status() + " " + answer.body());
        }
        return true;
    }

    private static long events(String jdbcUrl) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "");
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select coalesce(max(globalindex), 0) from domainevententry")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String seconds(long startNanos) {
        return String.format("%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }

    private static String uptime() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }

    static String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:5432/" + database;
    }

    static String createDatabase(String prefix) throws Exception {
        String name = prefix + "_" + System.currentTimeMillis();
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return name;
    }

    static void dropDatabase(String name) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
