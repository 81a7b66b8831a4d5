package org.juiceledger.platform.axon.timelimit;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The time limits of commands and event processors' batches ({@link TimeLimitInterceptor}), on one
 * scheduler thread. The command bus registers {@link #commandTimeLimit} itself, first, so that the
 * limit covers every other interceptor.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TimeLimitProperties.class)
public class TimeLimitsConfiguration {

    @Bean
    public TimeLimitScheduler timeLimitScheduler() {
        return new TimeLimitScheduler();
    }

    @Bean
    public TimeLimitInterceptor<CommandMessage<?>> commandTimeLimit(TimeLimitProperties limits,
                                                                    TimeLimitScheduler timeLimitScheduler) {
        return new TimeLimitInterceptor<>("Command",
                command -> limits.forCommand(command.getPayloadType().getSimpleName()), timeLimitScheduler);
    }

    @Bean
    public ConfigurerModule eventBatchTimeLimits(TimeLimitProperties limits,
                                                 TimeLimitScheduler timeLimitScheduler) {
        return configurer -> configurer.eventProcessing().registerDefaultHandlerInterceptor((axon, processor) ->
                new TimeLimitInterceptor<EventMessage<?>>("A batch of " + processor,
                        event -> limits.eventBatch(), timeLimitScheduler));
    }
}
