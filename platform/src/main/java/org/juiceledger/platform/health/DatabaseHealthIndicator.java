package org.juiceledger.platform.health;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The database as health sees it ({@code database} in {@code /actuator/health} and its readiness
 * group): a {@code SELECT 1} that must answer within {@code juice.health.database-timeout}. While
 * the database is unreachable a probe would wait for a pooled connection far longer than an
 * orchestrator waits for health, so the probe runs on a thread of its own, at most one at a time,
 * and health says DOWN when it has not answered in time.
 */
@Component("database")
@EnableConfigurationProperties(HealthProperties.class)
class DatabaseHealthIndicator implements HealthIndicator, DisposableBean {

    private final JdbcTemplate jdbc;
    private final Duration timeout;
    private final ExecutorService prober = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "database-health");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<CompletableFuture<Integer>> probe = new AtomicReference<>();

    DatabaseHealthIndicator(JdbcTemplate jdbc, HealthProperties settings) {
        this.jdbc = jdbc;
        this.timeout = settings.databaseTimeout();
    }

    @Override
    public Health health() {
        try {
            currentProbe().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return Health.up().build();
        } catch (TimeoutException e) {
            return Health.down().withDetail("reason", "no answer within " + timeout.toMillis() + " ms").build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down().build();
        } catch (Exception e) {
            return Health.down().withDetail("reason", "unreachable").build();
        }
    }

    /** The probe still running from an earlier call, or a new one: never more than one waits for the database. */
    private CompletableFuture<Integer> currentProbe() {
        return probe.updateAndGet(running -> running != null && !running.isDone() ? running
                : CompletableFuture.supplyAsync(() -> jdbc.queryForObject("SELECT 1", Integer.class), prober));
    }

    @Override
    public void destroy() {
        prober.shutdownNow();
    }
}
