package org.juiceledger.benchmarks;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time the application and PostgreSQL spent during a load, per request: a figure that a busy
 * machine disturbs far less than throughput does, so that runs on a shared machine can be compared.
 * Read from /proc (user + system ticks of the app's process and of every postgres process).
 */
final class CpuMeter {

    /** Linux's USER_HZ, the unit of /proc/[pid]/stat's times. */
    private static final double TICKS_PER_MS = 0.1;
    private final long appPid;

    CpuMeter(long appPid) {
        this.appPid = appPid;
    }

    /** CPU ticks so far: the app's and PostgreSQL's. */
    long[] now() {
        return new long[]{ticks(Path.of("/proc", Long.toString(appPid))), postgresTicks()};
    }

    /** "app x ms, PostgreSQL y ms of CPU per request" between two readings. */
    String perRequest(long[] before, int requests) {
        long[] after = now();
        return String.format("CPU per request: app %.1f ms, PostgreSQL %.1f ms",
                (after[0] - before[0]) / TICKS_PER_MS / requests, (after[1] - before[1]) / TICKS_PER_MS / requests);
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
