package org.juiceledger.standalone.platform;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.axonframework.common.Registration;
import org.axonframework.messaging.timeout.AxonTimeoutException;
import org.axonframework.messaging.timeout.HandlerTimeoutHandlerEnhancerDefinition;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.juiceledger.platform.web.Failures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.TaskScheduler;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Commands on the application's own bus run under its time limits (juice.time-limits; the test
 * context gives TimeLimitProbe half a second), not under Axon's, which copy the thread's stack as
 * each one starts; one stopped by its limit is a TIMED_OUT refusal (503), not a defect.
 */
@PostgresIntegrationTest
class TimeLimitsIntegrationTest {

    @Autowired
    CommandBus commands;
    @Autowired
    ApplicationContext context;

    record TimeLimitProbe(long sleepMillis) {
    }

    @Test
    void aCommandPastItsLimitIsInterruptedAndFailsWithATimeoutAndAxonsLimitsAreOff() {
        Set<String> resources = new HashSet<>();
        Registration handler = commands.subscribe(TimeLimitProbe.class.getName(), command -> {
            resources.addAll(CurrentUnitOfWork.get().root().resources().keySet());
            Thread.sleep(((TimeLimitProbe) command.getPayload()).sleepMillis());
            return "done";
        });
        try {
            assertThat(send(new TimeLimitProbe(0)).getPayload()).isEqualTo("done");
            assertThat(resources).as("Axon's unit-of-work limit is not there").doesNotContain("_transactionTimeLimit");
            assertThat(context.getBeanNamesForType(HandlerTimeoutHandlerEnhancerDefinition.class)).isEmpty();
            assertThat(context.getBeanNamesForType(TaskScheduler.class))
                    .as("@Scheduled tasks keep Spring Boot's scheduler, not the time limits' thread").isNotEmpty();

            long started = System.nanoTime();
            CommandResultMessage<?> slow = send(new TimeLimitProbe(20_000));
            assertThat(slow.isExceptional()).isTrue();
            assertThat(slow.exceptionResult()).hasCauseInstanceOf(AxonTimeoutException.class);
            assertThat(Failures.refusalOf(slow.exceptionResult())).get().extracting(DomainException::code)
                    .as("answered 503 with Retry-After").isEqualTo(ErrorCode.TIMED_OUT);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
            assertThat(Thread.currentThread().isInterrupted()).isFalse();
        } finally {
            handler.cancel();
        }
    }

    private CommandResultMessage<?> send(Object payload) {
        FutureCallback<Object, Object> callback = new FutureCallback<>();
        commands.dispatch(GenericCommandMessage.asCommandMessage(payload), callback);
        return callback.getResult();
    }
}
