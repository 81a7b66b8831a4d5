package org.juiceledger.platform.axon.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.juiceledger.platform.testing.FreshPostgresDatabase;
import org.juiceledger.platform.testing.TestEventStorageEngines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A range of aggregates read in a few queries ({@link PrefetchingEventStorageEngine#prefetch}): each
 * loads its own events, and its rows leave the unit of work's memory as it is loaded (a range of
 * 10,000 cards held every row until its commit).
 */
class AggregatePrefetchPostgresTest {

    record Issued(String serial) {
    }

    @RegisterExtension
    static final FreshPostgresDatabase database = new FreshPostgresDatabase("juice_prefetch_");

    @Test
    void eachAggregateLoadsItsPrefetchedEventsAndTheirRowsAreLetGoAsItIsLoaded() {
        PrefetchingEventStorageEngine engine = new PrefetchingEventStorageEngine(
                TestEventStorageEngines.jdbc(database::connection).batchSize(100), new AppendSignal(60_000, 20));
        engine.createSchema(PostgresEventTableFactory.INSTANCE);
        engine.appendEvents(List.of(issued("card-1", 0), issued("card-1", 1), issued("card-2", 0), issued("card-3", 0)));

        DefaultUnitOfWork.startAndGet(null).execute(() -> {
            engine.prefetch(List.of("card-1", "card-2", "card-3"));
            Map<String, ?> prefetched = CurrentUnitOfWork.get().getResource(PrefetchingEventStorageEngine.RESOURCE);
            assertThat(prefetched).containsOnlyKeys("card-1", "card-2", "card-3");

            assertThat(sequenceNumbers(engine, "card-1")).containsExactly(0L, 1L);
            assertThat(prefetched).containsOnlyKeys("card-2", "card-3");
            assertThat(sequenceNumbers(engine, "card-2")).containsExactly(0L);
            assertThat(prefetched).containsOnlyKeys("card-3");

            assertThat(sequenceNumbers(engine, "card-1")).as("loaded again: from the store").containsExactly(0L, 1L);
        });
    }

    private static List<Long> sequenceNumbers(PrefetchingEventStorageEngine engine, String aggregate) {
        return engine.readEvents(aggregate).asStream().map(DomainEventMessage::getSequenceNumber).toList();
    }

    private static GenericDomainEventMessage<Issued> issued(String serial, long sequence) {
        return new GenericDomainEventMessage<>("Card", serial, sequence, new Issued(serial), MetaData.with("who", "tester"));
    }
}
