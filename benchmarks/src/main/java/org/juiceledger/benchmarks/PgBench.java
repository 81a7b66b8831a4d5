package org.juiceledger.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's own ceiling for what an event append costs: pgbench, one insert of an event-sized
 * row (a table shaped like {@code domainevententry}, a ~500-byte bytea payload) per transaction, on
 * the same server, in its own scratch database.
 */
final class PgBench {

    private static final String TABLE = """
            CREATE SEQUENCE bench_event_seq;
            CREATE TABLE bench_event (
                globalindex BIGINT NOT NULL DEFAULT nextval('bench_event_seq') PRIMARY KEY,
                aggregateidentifier VARCHAR(255) NOT NULL, sequencenumber BIGINT NOT NULL, type VARCHAR(255),
                eventidentifier VARCHAR(255) NOT NULL UNIQUE, metadata BYTEA, payload BYTEA NOT NULL,
                payloadrevision VARCHAR(255), payloadtype VARCHAR(255) NOT NULL, timestamp VARCHAR(255) NOT NULL,
                UNIQUE (aggregateidentifier, sequencenumber))""";
    private static final String SCRIPT = """
            INSERT INTO bench_event (aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload,
                payloadrevision, payloadtype, timestamp)
            VALUES (md5(random()::text), 0, 'Account', gen_random_uuid()::text,
                convert_to(repeat('m', 200), 'UTF8'), convert_to(repeat('p', 500), 'UTF8'), '2',
                'org.juiceledger.kernel.account.TransactionRecorded', now()::text);
            """;
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");

    private final String database;
    private final Path script;

    private PgBench(String database, Path script) {
        this.database = database;
        this.script = script;
    }

    static PgBench prepare(Path outDir) throws Exception {
        String database = BenchmarkMain.createDatabase("juice_pgbench");
        try (Connection c = DriverManager.getConnection(BenchmarkMain.jdbcUrl(database), "postgres", "");
             Statement s = c.createStatement()) {
            for (String statement : TABLE.split(";")) {
                s.execute(statement);
            }
        }
        Path script = outDir.resolve("event-insert.sql");
        Files.writeString(script, SCRIPT.replace('\n', ' ').trim() + "\n");
        return new PgBench(database, script);
    }

    /** Transactions per second at {@code clients} connections for {@code seconds}. */
    double tps(int clients, int seconds) throws Exception {
        Process pgbench = new ProcessBuilder(List.of("pgbench", "-h", "127.0.0.1", "-U", "postgres", "-n",
                "-f", script.toString(), "-c", Integer.toString(clients), "-j", Integer.toString(Math.min(clients, 2)),
                "-T", Integer.toString(seconds), database)).redirectErrorStream(true).start();
        String output = new String(pgbench.getInputStream().readAllBytes());
        if (pgbench.waitFor() != 0) {
            throw new IllegalStateException("pgbench failed: " + output);
        }
        Matcher m = TPS.matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("no tps in: " + output);
        }
        return Double.parseDouble(m.group(1));
    }

    void drop() throws Exception {
        BenchmarkMain.dropDatabase(database);
    }

    /** pgbench's transactions per second by client count. */
    static final class Figures {
        private final java.util.Map<Integer, Double> tps = new java.util.TreeMap<>();

        void put(int clients, double value) {
            tps.put(clients, value);
        }

        Double at(int clients) {
            return tps.get(clients);
        }

        java.util.Map<Integer, Double> all() {
            return tps;
        }
    }
}
