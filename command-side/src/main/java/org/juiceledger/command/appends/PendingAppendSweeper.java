package org.juiceledger.command.appends;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Settles the pending appends no running transaction holds: every {@code juice.appends.sweep-interval}
 * from start-up on (a node that crashed left them), and at once when a command's database
 * transaction ended without committing. Each row in a transaction of its own.
 */
class PendingAppendSweeper implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PendingAppendSweeper.class);
    private static final int ROWS_PER_SWEEP = 100;

    private final PendingAppends pending;
    private final PendingAppendSettlement settlement;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final Duration interval;
    private volatile ScheduledExecutorService executor;

    PendingAppendSweeper(PendingAppends pending, PendingAppendSettlement settlement, TransactionTemplate transactions,
                         JdbcTemplate jdbc, Duration interval) {
        this.pending = pending;
        this.settlement = settlement;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.interval = interval;
    }

    void settleSoon() {
        ScheduledExecutorService running = executor;
        if (running != null && !running.isShutdown()) {
            running.execute(this::sweep);
        }
    }

    void sweep() {
        try {
            List<String> unheld = transactions.execute(status -> pending.unheld(ROWS_PER_SWEEP));
            unheld.forEach(this::settle);
        } catch (RuntimeException e) {
            log.warn("Could not look for pending appends to settle: {}", e.toString());
        }
    }

    private void settle(String id) {
        try {
            transactions.executeWithoutResult(status -> {
                // a keyed request (or its retry) may hold the key this row's answer goes under, and will
                // settle or delete the row itself: give way at once rather than deadlock with it
                jdbc.execute("set local lock_timeout = '200ms'");
                pending.lockIfFree(id).ifPresent(append -> settlement.settle(append, false));
            });
        } catch (RuntimeException e) {
            log.warn("Pending append {} is not settled yet: {}", id, e.toString());
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "pending-append-sweeper");
            thread.setDaemon(true);
            return thread;
        });
        started.scheduleWithFixedDelay(this::sweep, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        executor = started;
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running != null) {
            running.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
