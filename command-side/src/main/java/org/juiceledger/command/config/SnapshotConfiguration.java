package org.juiceledger.command.config;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.SnapshotterSpanFactory;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.juiceledger.platform.transaction.JoiningTransactionManager;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An account's stream grows with every transaction: after every {@code juice.snapshots.account-every}
 * events its state is stored as a snapshot, so loading it reads the snapshot and the events after it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SnapshotProperties.class)
public class SnapshotConfiguration {

    public static final String ACCOUNT_SNAPSHOTS = "accountSnapshotTrigger";

    @Bean(ACCOUNT_SNAPSHOTS)
    SnapshotTriggerDefinition accountSnapshotTrigger(Snapshotter snapshotter, SnapshotProperties settings) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, settings.accountEvery());
    }

    /**
     * Axon's snapshotter as its auto-configuration builds it, but in a transaction (or, inside a
     * keyed request's, a savepoint) of its own: a snapshot is taken after the command, and one that
     * fails (another node stored it first) is dropped without leaving the request's transaction
     * unusable for its key and answer.
     */
    @Bean
    SpringAggregateSnapshotter aggregateSnapshotter(org.axonframework.config.Configuration axon,
                                                    HandlerDefinition handlerDefinition,
                                                    ParameterResolverFactory parameterResolverFactory,
                                                    EventStore eventStore, JoiningTransactionManager transactions,
                                                    SnapshotterSpanFactory spanFactory) {
        return SpringAggregateSnapshotter.builder()
                .repositoryProvider(axon::repository)
                .transactionManager(transactions)
                .eventStore(eventStore)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .spanFactory(spanFactory)
                .build();
    }
}
