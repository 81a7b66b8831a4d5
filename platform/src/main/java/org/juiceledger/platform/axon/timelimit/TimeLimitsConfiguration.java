package org.juiceledger.platform.axon.timelimit;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * The time limits of commands and event processors' batches ({@link TimeLimitInterceptor}), on one
 * scheduler thread. The command bus registers {@link #commandTimeLimit} itself, first, so that the
 * limit covers every other interceptor.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TimeLimitProperties.class)
public class TimeLimitsConfiguration {

    @Bean(destroyMethod = "shutdownNow")
    public ScheduledExecutorService timeLimitScheduler() {
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "time-limits");
            thread.setDaemon(true);
            return thread;
        });
        // a unit of work that ends in time cancels its look: drop it at once rather than at its time
        scheduler.setRemoveOnCancelPolicy(true);
        return scheduler;
    }

    @Bean
    public TimeLimitInterceptor<CommandMessage<?>> commandTimeLimit(TimeLimitProperties limits,
                                                                    ScheduledExecutorService timeLimitScheduler) {
        return new TimeLimitInterceptor<>("Command",
                command -> limits.forCommand(command.getPayloadType().getSimpleName()), timeLimitScheduler);
    }

    @Bean
    public ConfigurerModule eventBatchTimeLimits(TimeLimitProperties limits,
                                                 ScheduledExecutorService timeLimitScheduler) {
        return configurer -> configurer.eventProcessing().registerDefaultHandlerInterceptor((axon, processor) ->
                new TimeLimitInterceptor<EventMessage<?>>("A batch of " + processor,
                        event -> limits.eventBatch(), timeLimitScheduler));
    }
}
