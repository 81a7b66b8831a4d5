package org.juiceledger.query.projection;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.EventProcessorProperties;
import org.axonframework.springboot.util.DeadLetterQueueProviderConfigurerModule;
import org.juiceledger.query.projection.ProjectionNames;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the projections fail: a {@link FailedBatchHandler} on each projection's processor, the
 * {@link DeadLetterPolicy} for those with a dead-letter queue ({@code dlq.enabled} in
 * juice-defaults.yml), and their queues observed ({@link ObservedDeadLetterQueue}). The queues are
 * Axon's JDBC ones on the {@code deadletterentry} table, built as Axon's auto-configuration would
 * (which steps back when this bean exists).
 */
@Configuration(proxyBeanMethods = false)
class ProjectionFailureConfiguration {

    @Bean
    ConfigurerModule projectionFailureHandling(ProjectionStalls stalls) {
        return configurer -> configurer.eventProcessing(processing -> ProjectionNames.ALL.forEach(name -> processing
                .registerErrorHandler(name, config -> new FailedBatchHandler(config.eventProcessingConfiguration(), stalls))
                .registerDeadLetterPolicy(name, config -> new DeadLetterPolicy())));
    }

    @Bean
    DeadLetterQueueProviderConfigurerModule observedDeadLetterQueues(EventProcessorProperties properties,
                                                                     ConnectionProvider connectionProvider,
                                                                     TransactionManager transactionManager,
                                                                     DeadLetterSchema schema,
                                                                     @Qualifier("eventSerializer") Serializer eventSerializer,
                                                                     Serializer genericSerializer,
                                                                     MeterRegistry metrics) {
        return new DeadLetterQueueProviderConfigurerModule(properties, processingGroup -> config ->
                new ObservedDeadLetterQueue(processingGroup, JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                        .processingGroup(processingGroup)
                        .connectionProvider(connectionProvider)
                        .transactionManager(transactionManager)
                        .schema(schema)
                        .genericSerializer(genericSerializer)
                        .eventSerializer(eventSerializer)
                        .build(), metrics));
    }
}
