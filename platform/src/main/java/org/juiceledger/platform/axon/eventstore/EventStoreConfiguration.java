package org.juiceledger.platform.axon.eventstore;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;


/**
 * The JDBC event storage engine, built as Axon's auto-configuration builds it but as a
 * {@link PrefetchingEventStorageEngine}. Not with Axon Server, which keeps the events itself.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
@EnableConfigurationProperties(ProjectionsProperties.class)
public class EventStoreConfiguration {

    /** A tick for events other nodes appended; this node's appends wake the processors a moment after they commit. */
    @Bean(destroyMethod = "close")
    AppendSignal appendSignal(ProjectionsProperties settings) {
        return new AppendSignal(settings.wakeInterval().toMillis(), settings.wakeDelay().toMillis());
    }

    /**
     * Axon's embedded event store, as its auto-configuration builds it, but with a stream of its
     * own for each processor. Axon's default has them share one cache of the newest events, a
     * linked list that a processor far behind keeps reachable from where it is: while the card
     * projection worked through a 1,000,000-card batch the others ran ahead and the list grew until
     * the heap (512 MiB) ran out. Each stream of its own reads at its own pace in bounded memory.
     */
    @Bean
    EmbeddedEventStore eventStore(PrefetchingEventStorageEngine engine, org.axonframework.config.Configuration axon) {
        return EmbeddedEventStore.builder()
                .storageEngine(engine)
                .messageMonitor(axon.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(axon.getComponent(EventBusSpanFactory.class))
                .optimizeEventConsumption(false)
                .build();
    }

    @Bean
    PrefetchingEventStorageEngine eventStorageEngine(Serializer defaultSerializer, PersistenceExceptionResolver exceptions,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration configuration,
                                          ConnectionProvider connections, TransactionManager transactions,
                                          AppendSignal appended, ProjectionsProperties settings) {
        JdbcEventStorageEngine.Builder builder = JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(exceptions)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(new EventSchema())
                .batchSize(settings.readBatchSize());
        return new PrefetchingEventStorageEngine(builder, appended);
    }
}
