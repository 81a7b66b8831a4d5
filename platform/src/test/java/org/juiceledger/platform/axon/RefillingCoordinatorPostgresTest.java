package org.juiceledger.platform.axon;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.juiceledger.platform.testing.FreshPostgresDatabase;
import org.juiceledger.platform.testing.TestEventStorageEngines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Axon's pooled processor on a real PostgreSQL store, far behind: its coordinator asks for its
 * 100 ms wait when a work package is full, and the executor runs it after the refill delay instead.
 */
class RefillingCoordinatorPostgresTest {

    record Issued(String serial) {
    }

    private static final int EVENTS = 1_500;
    private static final Duration REFILL = Duration.ofMillis(5);
    @RegisterExtension
    static final FreshPostgresDatabase database = new FreshPostgresDatabase("juice_refill_");

    @Test
    void onlyAxonsFullWaitIsShortened() {
        RefillingCoordinatorExecutor executor = new RefillingCoordinatorExecutor("any", REFILL);
        try {
            assertThat(executor.schedule(() -> { }, 100, TimeUnit.MILLISECONDS).getDelay(TimeUnit.MILLISECONDS))
                    .isLessThanOrEqualTo(REFILL.toMillis());
            assertThat(executor.schedule(() -> { }, 500, TimeUnit.MILLISECONDS).getDelay(TimeUnit.MILLISECONDS))
                    .as("Axon's wait when no callback tells of new events").isGreaterThan(400);
            assertThat(executor.schedule(() -> { }, 5, TimeUnit.SECONDS).getDelay(TimeUnit.MILLISECONDS))
                    .as("the claim extension's wait").isGreaterThan(4_000);
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void aProcessorFarBehindHasItsFullWorkPackagesRefilledAfterTheRefillDelay() throws Exception {
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(engineWith(EVENTS))
                .optimizeEventConsumption(false).build();
        ObservedExecutor coordinator = new ObservedExecutor();
        ScheduledExecutorService workers = Executors.newScheduledThreadPool(2);
        Projection projection = new Projection(coordinator.askedForFullWait);
        PooledStreamingEventProcessor processor = PooledStreamingEventProcessor.builder()
                .name("refill-test")
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(projection).build())
                .messageSource(store)
                .tokenStore(new InMemoryTokenStore())
                .transactionManager(NoTransactionManager.INSTANCE)
                .coordinatorExecutor(coordinator)
                .workerExecutor(workers)
                .initialSegmentCount(1)
                .batchSize(10)
                .build();
        try {
            processor.start();
            for (int i = 0; i < 300 && projection.handled.get() < EVENTS; i++) {
                Thread.sleep(100);
            }
        } finally {
            processor.shutDown();
            store.shutDown();
            coordinator.shutdownNow();
            workers.shutdownNow();
        }

        assertThat(projection.handled).as("every event handled within 30 s").hasValue(EVENTS);
        assertThat(coordinator.fullWaits).as("Axon's coordinator asked for its 100 ms wait at a full work package")
                .isNotEmpty()
                .allSatisfy(scheduledIn -> assertThat(scheduledIn).isLessThanOrEqualTo(REFILL.toMillis()));
    }

    /** Records the delays the coordinator asked for as Axon's full wait, as this executor scheduled them. */
    private static final class ObservedExecutor extends RefillingCoordinatorExecutor {

        final List<Long> fullWaits = new CopyOnWriteArrayList<>();
        final CountDownLatch askedForFullWait = new CountDownLatch(1);

        ObservedExecutor() {
            super("refill-test", REFILL);
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            ScheduledFuture<?> scheduled = super.schedule(command, delay, unit);
            if (unit.toMillis(delay) == AXONS_FULL_WAIT_MILLIS) {
                fullWaits.add(scheduled.getDelay(TimeUnit.MILLISECONDS));
                askedForFullWait.countDown();
            }
            return scheduled;
        }
    }

    /** Holds its first event until the coordinator has found the work package full, then counts. */
    private static final class Projection {

        final AtomicInteger handled = new AtomicInteger();
        private final CountDownLatch askedForFullWait;

        Projection(CountDownLatch askedForFullWait) {
            this.askedForFullWait = askedForFullWait;
        }

        @EventHandler
        void on(Issued issued) throws InterruptedException {
            if (handled.get() == 0) {
                askedForFullWait.await(10, TimeUnit.SECONDS);
            }
            handled.incrementAndGet();
        }
    }

    private static JdbcEventStorageEngine engineWith(int events) throws SQLException {
        JdbcEventStorageEngine engine = TestEventStorageEngines.jdbc(RefillingCoordinatorPostgresTest::connection).build();
        engine.createSchema(PostgresEventTableFactory.INSTANCE);
        List<GenericDomainEventMessage<?>> issued = new ArrayList<>();
        for (int position = 1; position <= events; position++) {
            issued.add(new GenericDomainEventMessage<>("Card", "card-" + position, 0, new Issued("card-" + position)));
        }
        engine.appendEvents(issued);
        return engine;
    }

    private static Connection connection() throws SQLException {
        return database.connection();
    }
}
