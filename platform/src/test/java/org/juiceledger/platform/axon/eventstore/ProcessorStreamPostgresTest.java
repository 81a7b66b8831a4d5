package org.juiceledger.platform.axon.eventstore;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.messaging.MetaData;
import org.juiceledger.platform.testing.FreshPostgresDatabase;
import org.juiceledger.platform.testing.TestEventStorageEngines;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine, Axon's embedded store and a processor's stream on a real PostgreSQL store: once the
 * processor names a type it skips, the engine leaves those rows out, but for every thousandth in
 * a row and the newest, which arrive as stored so that the processor's token reaches the head; at
 * the head the stream asks the store again only after a wake.
 */
class ProcessorStreamPostgresTest {

    record Issued(String serial) {
    }

    record Sold(String serial) {
    }

    @RegisterExtension
    static final FreshPostgresDatabase database = new FreshPostgresDatabase("juice_skipped_rows_");
    private final AppendSignal signal = new AppendSignal(60_000, 20);
    private final AtomicInteger connections = new AtomicInteger();
    private final List<String> prepared = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        signal.close();
    }

    @Test
    void aSkippedTypeIsLeftOutButForEveryThousandthRowInARunAndTheNewest() throws Exception {
        PrefetchingEventStorageEngine engine = engine();
        List<GenericDomainEventMessage<?>> events = new ArrayList<>();
        for (int position = 1; position <= 1_300; position++) {
            Object payload = position == 1_201 ? new Sold("card-1") : new Issued("card-" + position);
            events.add(new GenericDomainEventMessage<>("Card", "card-" + position, 0, payload,
                    MetaData.with("who", "tester-" + position)));
        }
        engine.appendEvents(events);

        List<TrackedEventMessage<?>> delivered = readSkippingAfterTheFirst(engine);

        assertThat(delivered).extracting(event -> event.trackingToken().position().orElseThrow())
                .containsExactly(1L, 1_001L, 1_201L, 1_300L);
        assertThat(delivered).extracting(event -> (Object) event.getPayload())
                .containsExactly(new Issued("card-1"), new Issued("card-1001"), new Sold("card-1"), new Issued("card-1300"));
        assertThat(delivered).extracting(event -> event.getMetaData().get("who"))
                .containsExactly("tester-1", "tester-1001", "tester-1201", "tester-1300");
        assertThat(delivered.get(3).trackingToken().covers(delivered.get(2).trackingToken()))
                .as("the newest row's token covers the rows left out before it").isTrue();
    }

    @Test
    void farBehindTheHeadTheSkippedRowsAreReadWithoutTheirPayloads() throws Exception {
        PrefetchingEventStorageEngine engine = engine();
        List<GenericDomainEventMessage<?>> events = new ArrayList<>();
        Clock clock = GenericEventMessage.clock;
        GenericEventMessage.clock = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-2));
        try {
            for (int position = 1; position <= 3_000; position++) {
                Object payload = position == 1_501 || position == 2_999 ? new Sold("card-" + position)
                        : new Issued("card-" + position);
                events.add(new GenericDomainEventMessage<>("Card", "card-" + position, 0, payload,
                        MetaData.with("who", "tester-" + position)));
            }
        } finally {
            GenericEventMessage.clock = clock;
        }
        engine.appendEvents(events);
        prepared.clear();

        List<TrackedEventMessage<?>> delivered = readSkippingAfterTheFirst(engine);

        // a first batch of 99 read whole, then windows of 1,000 positions: 100-1,099, 1,100-2,099, 2,100-3,000;
        // of the skipped rows only a window's last is delivered, when 1,000 positions or more lie behind it
        assertThat(delivered).extracting(event -> event.trackingToken().position().orElseThrow())
                .containsExactly(1L, 1_099L, 1_501L, 2_999L, 3_000L);
        assertThat(delivered).extracting(event -> event.getMetaData().get("who"))
                .containsExactly("tester-1", "tester-1099", "tester-1501", "tester-2999", "tester-3000");
        assertThat(delivered).extracting(event -> (Object) event.getPayload()).containsExactly(new Issued("card-1"),
                new Issued("card-1099"), new Sold("card-1501"), new Sold("card-2999"), new Issued("card-3000"));
        assertThat(delivered).extracting(event -> ((GapAwareTrackingToken) event.trackingToken()).getGaps())
                .allSatisfy(gaps -> assertThat(gaps).isEmpty());
        assertThat(prepared.stream().filter(sql -> sql.contains("= ANY")).count())
                .as("the wanted rows of each of the three windows read whole").isEqualTo(3);
    }

    @Test
    void youngRowsAreReadWholeAsAxonReadsThem() throws Exception {
        PrefetchingEventStorageEngine engine = engine();
        engine.appendEvents(issued(1, 1_500));
        prepared.clear();

        List<TrackedEventMessage<?>> delivered = readSkippingAfterTheFirst(engine);

        assertThat(delivered).extracting(event -> event.trackingToken().position().orElseThrow())
                .containsExactly(1L, 1_001L, 1_500L);
        assertThat(prepared).as("a gap before a young row may still be filled: Axon's own read")
                .noneMatch(sql -> sql.contains("= ANY"));
    }

    private List<TrackedEventMessage<?>> readSkippingAfterTheFirst(PrefetchingEventStorageEngine engine)
            throws Exception {
        List<TrackedEventMessage<?>> delivered = new ArrayList<>();
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(engine)
                .optimizeEventConsumption(false).build();
        try (BlockingStream<TrackedEventMessage<?>> stream = new WakingMessageSource(store, signal).openStream(null)) {
            delivered.add(stream.nextAvailable());
            stream.skipMessagesWithPayloadTypeOf(delivered.get(0));
            while (stream.hasNextAvailable(500, TimeUnit.MILLISECONDS)) {
                delivered.add(stream.nextAvailable());
            }
        } finally {
            store.shutDown();
        }
        return delivered;
    }

    @Test
    void atTheHeadTheStoreIsAskedAgainOnlyAfterAWake() throws Exception {
        PrefetchingEventStorageEngine engine = engine();
        long appended = signal.wakes();
        engine.appendEvents(issued(1, 3));
        awaitWakeAfter(signal, appended);
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(engine)
                .optimizeEventConsumption(false).build();
        try (BlockingStream<TrackedEventMessage<?>> stream = new WakingMessageSource(store, signal).openStream(null)) {
            for (int i = 0; i < 3; i++) {
                stream.nextAvailable();
            }
            int asked = connections.get();
            for (int i = 0; i < 5; i++) {
                assertThat(stream.hasNextAvailable()).isFalse();
                assertThat(stream.peek()).isEmpty();
            }
            assertThat(connections.get()).as("no query while nothing was appended").isEqualTo(asked);

            long wakes = signal.wakes();
            engine.appendEvents(issued(4, 4));
            awaitWakeAfter(signal, wakes);
            assertThat(stream.hasNextAvailable()).isTrue();
            assertThat(stream.nextAvailable().trackingToken().position()).hasValue(4L);
        } finally {
            store.shutDown();
        }
    }

    @Test
    void eventsAnotherNodeAppendedAreReadOnTheTick() throws Exception {
        PrefetchingEventStorageEngine engine = engine();
        engine.appendEvents(issued(1, 1));
        try (AppendSignal ticking = new AppendSignal(200, 20)) {
            EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(engine)
                    .optimizeEventConsumption(false).build();
            try (BlockingStream<TrackedEventMessage<?>> stream = new WakingMessageSource(store, ticking).openStream(null)) {
                stream.nextAvailable();
                assertThat(stream.hasNextAvailable()).isFalse();

                // appended through an engine that wakes another signal: as another node would
                engine.appendEvents(issued(2, 2));
                long wakes = ticking.wakes();
                awaitWakeAfter(ticking, wakes);
                assertThat(stream.hasNextAvailable()).isTrue();
                assertThat(stream.nextAvailable().trackingToken().position()).hasValue(2L);
            } finally {
                store.shutDown();
            }
        }
    }

    private static List<GenericDomainEventMessage<?>> issued(int first, int last) {
        List<GenericDomainEventMessage<?>> events = new ArrayList<>();
        for (int position = first; position <= last; position++) {
            events.add(new GenericDomainEventMessage<>("Card", "card-" + position, 0, new Issued("card-" + position)));
        }
        return events;
    }

    private static void awaitWakeAfter(AppendSignal signal, long wakes) throws InterruptedException {
        for (int i = 0; i < 300 && signal.wakes() == wakes; i++) {
            Thread.sleep(10);
        }
        assertThat(signal.wakes()).as("woken within 3 s").isGreaterThan(wakes);
    }

    private PrefetchingEventStorageEngine engine() throws SQLException {
        PrefetchingEventStorageEngine engine = new PrefetchingEventStorageEngine(
                TestEventStorageEngines.jdbc(this::connection).batchSize(100), signal);
        try (Connection connection = connection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS domainevententry, snapshotevententry");
        }
        engine.createSchema(PostgresEventTableFactory.INSTANCE);
        return engine;
    }

    /** A connection that notes the SQL of every statement prepared on it in {@link #prepared}. */
    private Connection connection() throws SQLException {
        connections.incrementAndGet();
        Connection connection = database.connection();
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement")) {
                        prepared.add((String) args[0]);
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
