package org.juiceledger.platform.axon;

import org.juiceledger.kernel.Metadata;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandBusSpanFactory;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.DuplicateCommandHandlerResolver;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.serialization.Serializer;
import org.juiceledger.platform.axon.eventstore.AppendSignal;
import org.juiceledger.platform.axon.eventstore.ProjectionsProperties;
import org.juiceledger.platform.axon.eventstore.WakingMessageSource;
import org.juiceledger.platform.axon.timelimit.TimeLimitInterceptor;
import org.juiceledger.platform.request.RequestOrigin;
import org.juiceledger.platform.transaction.JoiningTransactionManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.time.Duration;

/**
 * Axon wiring shared by both sides. The event store itself is Axon's JDBC engine, configured by
 * Axon's own auto-configuration on the application's DataSource (the JPA one is excluded in
 * {@code application.yml}); Flyway creates its tables.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProjectionsProperties.class)
public class AxonInfrastructureConfiguration {

    /** Jackson for events, messages, snapshots and tokens alike; XStream is never used. */
    @Bean
    @Primary
    public Serializer axonJacksonSerializer() {
        return new EventSerializer(EventJson.mapper());
    }

    /**
     * Axon's own command bus as its auto-configuration builds it, but one that answers refusals so
     * that they keep their code across Axon Server ({@link RefusalCarryingCommandBus}), and whose
     * results carry the time of the event the command stored ({@link EventTimes}), under a time limit
     * that covers the whole unit of work ({@link TimeLimitInterceptor}, first, so outermost).
     */
    @Bean
    @Qualifier("localSegment")
    public SimpleCommandBus refusalCarryingCommandBus(JoiningTransactionManager transactions,
                                                      org.axonframework.config.Configuration axon,
                                                      DuplicateCommandHandlerResolver duplicates,
                                                      TimeLimitInterceptor<CommandMessage<?>> commandTimeLimit) {
        SimpleCommandBus bus = RefusalCarryingCommandBus.refusalCarryingBuilder()
                .transactionManager(transactions)
                .duplicateCommandHandlerResolver(duplicates)
                .spanFactory(axon.getComponent(CommandBusSpanFactory.class))
                .messageMonitor(axon.messageMonitor(CommandBus.class, "commandBus"))
                .build();
        bus.registerHandlerInterceptor(commandTimeLimit);
        bus.registerHandlerInterceptor(new CorrelationDataInterceptor<>(axon.correlationDataProviders()));
        bus.registerHandlerInterceptor(EventTimes.onCommands());
        return bus;
    }

    /** Copies who, channel and correlation id from each command onto the events it causes. */
    @Bean
    public CorrelationDataProvider requestOriginCorrelation() {
        return new SimpleCorrelationDataProvider(
                Metadata.WHO, Metadata.CHANNEL, Metadata.CORRELATION_ID);
    }

    /**
     * Projections read the event stream in parallel segments and batches; on the JDBC store they are
     * woken when events are appended ({@link AppendSignal}) instead of polling every 500 ms. A
     * projection far behind refills its work packages without Axon's 100 ms pauses
     * ({@link RefillingCoordinatorExecutor}).
     */
    @Bean
    public ConfigurerModule pooledStreamingProjections(ObjectProvider<AppendSignal> appended,
                                                       ProjectionsProperties settings) {
        AppendSignal signal = appended.getIfAvailable();
        return configurer -> configurer.eventProcessing(processing -> processing
                .usingPooledStreamingEventProcessors((config, builder) -> {
                    builder.batchSize(settings.batchSize())
                            .coordinatorExecutor(name -> refillingCoordinator(config, name, settings.refillDelay()));
                    return signal == null ? builder
                            : builder.messageSource(new WakingMessageSource(config.eventStore(), signal));
                }));
    }

    /** A coordinator's thread as Axon's default, shut down with Axon, but without the 100 ms pause when full. */
    private static RefillingCoordinatorExecutor refillingCoordinator(org.axonframework.config.Configuration axon,
                                                                     String processorName, Duration refill) {
        RefillingCoordinatorExecutor executor = new RefillingCoordinatorExecutor(processorName, refill);
        axon.onShutdown(executor::shutdown);
        return executor;
    }
}
