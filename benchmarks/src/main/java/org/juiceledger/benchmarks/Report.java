package org.juiceledger.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The run's one table: each figure with its ratio to pgbench's rate at the same concurrency where one applies. */
final class Report {

    private final List<String> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void note(String note) {
        notes.add(note);
        System.out.println("BENCH " + note);
    }

    void row(String measure, String result, String ratio) {
        String row = "| " + measure + " | " + result + " | " + ratio + " |";
        rows.add(row);
        System.out.println("BENCH " + row);
    }

    void load(String measure, Load.Result r, Double pgbenchTps, String cpu) {
        String result = figures(r.count(), r.seconds(), r.millis(50), r.millis(99), r.errors(), cpu);
        if (r.firstError() != null) {
            result += " (first: " + r.firstError().replace('|', '/').substring(0, Math.min(120, r.firstError().length())) + ")";
        }
        row(measure, result, pgbenchTps == null ? "" : String.format("%.3f", r.perSecond() / pgbenchTps));
    }

    void load(String measure, Wrk.Result r, Double pgbenchTps, String cpu) {
        row(measure, figures(r.requests(), r.seconds(), r.p50Micros() / 1e3, r.p99Micros() / 1e3, r.errors(), cpu),
                pgbenchTps == null ? "" : String.format("%.3f", r.requests() / r.seconds() / pgbenchTps));
    }

    private static String figures(long count, double seconds, double p50, double p99, long errors, String cpu) {
        return String.format("%,d in %.1f s = %,.0f/s, p50 %.1f ms, p99 %.1f ms, %d errors; %s",
                count, seconds, count / seconds, p50, p99, errors, cpu);
    }

    void print(PgBench.Figures pg) {
        System.out.println("| measure | result | ratio to pgbench |");
        System.out.println("| --- | --- | --- |");
        for (Map.Entry<Integer, Double> e : pg.all().entrySet()) {
            System.out.printf("| pgbench: one event-sized insert per transaction, %d clients | %,.0f tx/s | 1 |%n",
                    e.getKey(), e.getValue());
        }
        rows.forEach(System.out::println);
        notes.forEach(n -> System.out.println("\n" + n));
    }
}
