package org.juiceledger.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Projection lag under load, without the read-your-writes wait: every 100 ms it takes the newest
 * acknowledged transaction and polls the account projection's table ({@code transaction_view})
 * until the row is there. Lag = visible - acknowledged.
 */
final class LagProbe implements AutoCloseable {

    /** The newest acknowledged transaction number and when its answer arrived (System.nanoTime). */
    record Ack(long transactionNumber, long nanos) {
    }

    private final AtomicReference<Ack> latest = new AtomicReference<>();
    private final List<Long> lags = Collections.synchronizedList(new ArrayList<>());
    private final Thread thread;
    private volatile boolean running = true;

    LagProbe(String jdbcUrl) {
        thread = new Thread(() -> probe(jdbcUrl), "lag-probe");
        thread.setDaemon(true);
        thread.start();
    }

    void acknowledged(long transactionNumber) {
        latest.set(new Ack(transactionNumber, System.nanoTime()));
    }

    private void probe(String jdbcUrl) {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "");
             PreparedStatement visible = c.prepareStatement("select 1 from transaction_view where transaction_number = ?")) {
            while (running) {
                Thread.sleep(100);
                Ack ack = latest.getAndSet(null);
                if (ack == null) {
                    continue;
                }
                visible.setLong(1, ack.transactionNumber());
                long deadline = System.nanoTime() + 30_000_000_000L;
                while (System.nanoTime() < deadline) {
                    try (ResultSet row = visible.executeQuery()) {
                        if (row.next()) {
                            lags.add(System.nanoTime() - ack.nanos());
                            break;
                        }
                    }
                    Thread.sleep(2);
                }
            }
        } catch (Exception e) {
            if (running) {
                throw new IllegalStateException("lag probe failed", e);
            }
        }
    }

    /** p50, p99 and max in ms, and the number of samples. */
    String summary() {
        List<Long> sorted = new ArrayList<>(lags);
        if (sorted.isEmpty()) {
            return "no samples";
        }
        Collections.sort(sorted);
        return String.format("p50 %d ms, p99 %d ms, max %d ms (%d samples)", at(sorted, 50), at(sorted, 99),
                sorted.get(sorted.size() - 1) / 1_000_000, sorted.size());
    }

    private static long at(List<Long> sorted, int percentile) {
        int i = (int) Math.ceil(sorted.size() * percentile / 100.0) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1_000_000;
    }

    /** Stops the probe and waits for its thread; an interrupt while waiting is kept for the caller. */
    @Override
    public void close() {
        running = false;
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
