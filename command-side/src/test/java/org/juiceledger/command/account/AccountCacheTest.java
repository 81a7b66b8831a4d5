package org.juiceledger.command.account;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.Repository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The account cache serves an aggregate only while it is what the store holds: an event appended
 * elsewhere (another node) makes the next load read the store again. Axon's own caching repository
 * and event store (in memory) around it.
 */
class AccountCacheTest {

    private static final String ID = "C-1";
    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final AccountCache cache = new AccountCache(store, 2);
    private final Repository<Counter> repository = EventSourcingRepository.builder(Counter.class)
            .eventStore(store).cache(cache).build();

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    @Test
    void aCachedAggregateIsUsedWhileTheStoreHoldsNothingNewer() {
        store.publish(event(0, new Counted(ID)));
        assertThat(incrementAndCount()).isEqualTo(2);
        assertThat(cache.size()).isEqualTo(1);
        Counter.loadedFromEvents.set(0);

        assertThat(incrementAndCount()).isEqualTo(3);
        assertThat(Counter.loadedFromEvents).as("only the new event applied: nothing read from the store").hasValue(1);
    }

    @Test
    void anEventAppendedElsewhereMakesTheNextLoadReadTheStore() {
        store.publish(event(0, new Counted(ID)));
        assertThat(incrementAndCount()).isEqualTo(2);
        store.publish(event(2, new Counted(ID)));

        assertThat(incrementAndCount()).as("the other node's event counts").isEqualTo(4);
    }

    @Test
    void theLeastRecentlyUsedAccountsMakeRoom() {
        cache.put("A", "a");
        cache.put("B", "b");
        assertThat((String) cache.get("A")).isEqualTo("a");
        cache.put("C", "c");
        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.containsKey("A")).as("used last").isTrue();
        assertThat(cache.containsKey("B")).as("used least recently").isFalse();
    }

    private int incrementAndCount() {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        int count = unitOfWork.executeWithResult(() -> {
            var counter = repository.load(ID);
            counter.execute(Counter::increment);
            return counter.invoke(Counter::count);
        }).getPayload();
        return count;
    }

    private static GenericDomainEventMessage<Counted> event(long sequence, Counted payload) {
        return new GenericDomainEventMessage<>("Counter", ID, sequence, payload);
    }

    record Counted(String id) {
    }

    static class Counter {
        static final AtomicInteger loadedFromEvents = new AtomicInteger();
        @AggregateIdentifier
        private String id;
        private int count;

        void increment() {
            apply(new Counted(id));
        }

        int count() {
            return count;
        }

        @EventSourcingHandler
        void on(Counted event) {
            id = event.id();
            count++;
            loadedFromEvents.incrementAndGet();
        }
    }
}
