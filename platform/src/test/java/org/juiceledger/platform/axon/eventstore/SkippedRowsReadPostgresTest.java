package org.juiceledger.platform.axon.eventstore;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.juiceledger.platform.testing.PostgresTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine on a real PostgreSQL store: a processor's stream that skips a type gets those rows
 * from the database without payload and metadata, never sees them, and gets the few it must see
 * (every thousandth in a row, the newest) as stored.
 */
class SkippedRowsReadPostgresTest {

    record Issued(String serial) {
    }

    record Sold(String serial) {
    }

    private final String url = PostgresTestDatabase.freshDatabase("juice_skipped_rows_");
    private final AppendSignal signal = new AppendSignal(60_000);
    private PrefetchingEventStorageEngine engine;

    @BeforeEach
    void storeWithALongRunOfOneType() throws Exception {
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        engine = new PrefetchingEventStorageEngine(JdbcEventStorageEngine.builder()
                .connectionProvider(this::connection)
                .transactionManager(NoTransactionManager.INSTANCE)
                .persistenceExceptionResolver(exception -> false)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .schema(new EventSchema())
                .batchSize(100), signal);
        engine.createSchema(PostgresEventTableFactory.INSTANCE);
        List<GenericDomainEventMessage<?>> events = new ArrayList<>();
        for (int position = 1; position <= 1_300; position++) {
            Object payload = position == 1_201 ? new Sold("card-1") : new Issued("card-" + position);
            events.add(new GenericDomainEventMessage<>("Card", "card-" + position, 0, payload,
                    MetaData.with("who", "tester-" + position)));
        }
        engine.appendEvents(events);
    }

    @AfterEach
    void close() {
        signal.close();
    }

    @Test
    void aSkippedTypeIsReadWithoutItsPayloadAndOnlyTheRowsTheProcessorMustSeeAreReadWhole() throws Exception {
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(engine)
                .optimizeEventConsumption(false).build();
        List<TrackedEventMessage<?>> delivered = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = new WakingMessageSource(store, signal).openStream(null)) {
            delivered.add(stream.nextAvailable());
            stream.skipMessagesWithPayloadTypeOf(delivered.get(0));
            while (stream.hasNextAvailable(500, TimeUnit.MILLISECONDS)) {
                delivered.add(stream.nextAvailable());
            }
        } finally {
            store.shutDown();
        }

        assertThat(delivered).extracting(event -> event.trackingToken().position().orElseThrow())
                .containsExactly(1L, 1_001L, 1_201L, 1_300L);
        assertThat(delivered).extracting(event -> (Object) event.getPayload())
                .containsExactly(new Issued("card-1"), new Issued("card-1001"), new Sold("card-1"), new Issued("card-1300"));
        assertThat(delivered).extracting(event -> event.getMetaData().get("who"))
                .containsExactly("tester-1", "tester-1001", "tester-1201", "tester-1300");
    }

    @Test
    void theDatabaseSendsNoPayloadForTheSkippedTypesAndAllOfItOtherwise() throws Exception {
        List<Map.Entry<Long, Boolean>> skippingIssued = readWithPayload(Set.of(Issued.class.getName()), List.of());
        assertThat(skippingIssued).hasSize(100);
        assertThat(skippingIssued).filteredOn(Map.Entry::getValue).extracting(Map.Entry::getKey).containsExactly(1_201L);

        assertThat(readWithPayload(Set.of(Issued.class.getName()), List.of(3L)))
                .as("a gap is read the same way").hasSize(101).contains(Map.entry(3L, false), Map.entry(1_201L, true));
        assertThat(readWithPayload(Set.of(), List.of())).hasSize(100).allSatisfy(row -> assertThat(row.getValue()).isTrue());
        assertThat(readWithPayload(Set.of(Sold.class.getName()), List.of())).filteredOn(row -> !row.getValue())
                .containsExactly(Map.entry(1_201L, false));
    }

    /** Which rows after position 1,200 (and the gaps) come with payload and metadata. */
    private List<Map.Entry<Long, Boolean>> readWithPayload(Set<String> skipped, List<Long> gaps) throws Exception {
        return SkippedPayloadTypes.whileReading(skipped, () -> {
            List<Map.Entry<Long, Boolean>> rows = new ArrayList<>();
            try (Connection connection = connection();
                 PreparedStatement statement = engine.readEventDataWithGaps(connection, 1_200, 100, gaps);
                 ResultSet read = statement.executeQuery()) {
                while (read.next()) {
                    boolean whole = read.getBytes("payload") != null && read.getBytes("metaData") != null;
                    assertThat(read.getBytes("payload") == null).isEqualTo(read.getBytes("metaData") == null);
                    rows.add(Map.entry(read.getLong("globalIndex"), whole));
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            return rows;
        });
    }

    private Connection connection() throws java.sql.SQLException {
        return DriverManager.getConnection(url, PostgresTestDatabase.user(), PostgresTestDatabase.password());
    }
}
