package org.juiceledger.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed loop: {@code clients} threads share {@code count} operations, each sent as soon as the
 * thread's previous one was answered. An operation says whether it succeeded; an exception is an error.
 */
final class Load {

    interface Operation {
        boolean run(int index) throws Exception;
    }

    /** What a run measured. */
    record Result(int count, int errors, double seconds, long[] sortedNanos, String firstError) {
        double perSecond() {
            return count / seconds;
        }

        double millis(double percentile) {
            int i = (int) Math.min(sortedNanos.length - 1, Math.ceil(sortedNanos.length * percentile / 100.0) - 1);
            return sortedNanos[Math.max(0, i)] / 1e6;
        }
    }

    private Load() {
    }

    static Result run(int clients, int count, Operation operation) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicLong firstErrorAt = new AtomicLong(-1);
        String[] firstError = new String[1];
        long[] nanos = new long[count];
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    long t = System.nanoTime();
                    boolean ok;
                    String error = null;
                    try {
                        ok = operation.run(i);
                    } catch (Exception e) {
                        ok = false;
                        error = e.getMessage();
                    }
                    nanos[i] = System.nanoTime() - t;
                    if (!ok) {
                        errors.incrementAndGet();
                        if (firstErrorAt.compareAndSet(-1, i)) {
                            firstError[0] = error == null ? "operation " + i + " failed" : error;
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Arrays.sort(nanos);
        return new Result(count, errors.get(), seconds, nanos, firstError[0]);
    }
}
