package org.juiceledger.benchmarks;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What the application and PostgreSQL spent during a load, per request: CPU time, a figure that a
 * busy machine disturbs far less than throughput does, so that runs on a shared machine can be
 * compared; and the database's committed transactions and rows written, which say how much of the
 * database's work a request causes (the request's own and the projections' behind it); and how busy
 * the app's JIT compiler threads were, which says whether the node was warm. CPU is read from /proc
 * (user + system ticks of the app's process, of its compiler threads and of every postgres
 * process), the counts from {@code pg_stat_database} for the application's database.
 */
final class CpuMeter {

    /** Linux's USER_HZ, the unit of /proc/[pid]/stat's times. */
    private static final double TICKS_PER_MS = 0.1;
    private final AppProcess app;

    CpuMeter(AppProcess app) {
        this.app = app;
    }

    /**
     * What was spent so far: CPU ticks of the app, of PostgreSQL and of the app's JIT compiler
     * threads, PostgreSQL's committed transactions and rows written, and when this was read.
     */
    record Reading(long appTicks, long postgresTicks, long compilerTicks, long transactions, long rowsWritten,
                   long nanos) {

        /** How many cores the JIT compiler threads kept busy, on average, from this reading to {@code later}. */
        double compilerCoresUntil(Reading later) {
            double elapsedMs = (later.nanos - nanos) / 1e6;
            return elapsedMs <= 0 ? 0 : (later.compilerTicks - compilerTicks) / TICKS_PER_MS / elapsedMs;
        }
    }

    Reading now() {
        long[] database = databaseCounts();
        Path process = Path.of("/proc", Long.toString(app.pid()));
        return new Reading(ticks(process), postgresTicks(), compilerTicks(process), database[0], database[1],
                System.nanoTime());
    }

    /**
     * "app x ms, PostgreSQL y ms of CPU, z transactions and w rows written per request; JIT compiler v
     * cores" from {@code before} to now.
     */
    String perRequest(Reading before, int requests) {
        Reading after = now();
        return String.format("CPU per request: app %.1f ms, PostgreSQL %.1f ms; per request %.1f transactions, %.1f rows"
                        + " written; JIT compiler %.2f cores",
                (after.appTicks - before.appTicks) / TICKS_PER_MS / requests,
                (after.postgresTicks - before.postgresTicks) / TICKS_PER_MS / requests,
                (after.transactions - before.transactions) / (double) requests,
                (after.rowsWritten - before.rowsWritten) / (double) requests, before.compilerCoresUntil(after));
    }

    /** CPU ticks of the HotSpot compiler threads ("C1 CompilerThre…", "C2 CompilerThre…"). */
    private static long compilerTicks(Path process) {
        long total = 0;
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(process.resolve("task"))) {
            for (Path thread : threads) {
                try {
                    if (Files.readString(thread.resolve("comm")).contains("CompilerThre")) {
                        total += ticks(thread);
                    }
                } catch (IOException gone) {
                    // the thread ended between listing and reading
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return total;
    }

    /**
     * Committed transactions and rows inserted, updated or deleted in the app's database. A backend
     * reports its counts when it goes idle, at most once a second, so a reading may miss the last
     * second's: the loads measured run for many seconds.
     */
    private long[] databaseCounts() {
        try (Connection c = DriverManager.getConnection(app.databaseUrl(), "postgres", "");
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select xact_commit, tup_inserted + tup_updated + tup_deleted"
                     + " from pg_stat_database where datname = current_database()")) {
            r.next();
            return new long[]{r.getLong(1), r.getLong(2)};
        } catch (SQLException e) {
            return new long[]{0, 0};
        }
    }

    private static long postgresTicks() {
        long total = 0;
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                try {
                    if (Files.readString(process.resolve("comm")).strip().startsWith("postgres")) {
                        total += ticks(process);
                    }
                } catch (IOException gone) {
                    // the process ended between listing and reading
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return total;
    }

    private static long ticks(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
