package org.juiceledger.platform.axon.timelimit;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.timeout.AxonTimeoutException;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class TimeLimitInterceptorTest {

    private static final TimeLimit SHORT = new TimeLimit(Duration.ofMillis(300), Duration.ofMillis(100));
    private static final TimeLimit LONG = new TimeLimit(Duration.ofSeconds(5), Duration.ofSeconds(5));

    private final TimeLimitScheduler scheduler = new TimeLimitScheduler();
    private final TimeLimitProperties limits = new TimeLimitProperties(SHORT, Map.of("Long", LONG), SHORT);

    record Slow(long millis) {
    }

    record Long(long millis) {
    }

    @AfterEach
    void stop() {
        scheduler.close();
    }

    @Test
    void aCommandPastItsLimitIsInterruptedRolledBackAndAnsweredWithATimeout() {
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicBoolean rolledBack = new AtomicBoolean();
        SimpleCommandBus bus = bus(command -> {
            CurrentUnitOfWork.get().onRollback(u -> rolledBack.set(true));
            try {
                Thread.sleep(((Slow) command.getPayload()).millis());
            } catch (InterruptedException e) {
                interrupted.set(true);
                throw e;
            }
            return "done";
        });

        long started = System.nanoTime();
        CommandResultMessage<?> result = send(bus, new Slow(10_000));

        assertThat(result.isExceptional()).isTrue();
        assertThat(result.exceptionResult()).isInstanceOf(AxonTimeoutException.class)
                .hasMessageContaining("Command Slow ran past its limit");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(interrupted).isTrue();
        assertThat(rolledBack).isTrue();
        assertThat(Thread.currentThread().isInterrupted()).as("no interrupt left on the thread").isFalse();
    }

    @Test
    void aCommandWithinItsLimitIsLeftAloneAndLeavesNothingScheduled() {
        SimpleCommandBus bus = bus(command -> "done");

        CommandResultMessage<?> result = send(bus, new Slow(0));

        assertThat(result.isExceptional()).isFalse();
        assertThat(result.getPayload()).isEqualTo("done");
        assertThat(scheduler.pendingLooks()).isZero();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void aNamedCommandHasItsOwnLimit() {
        SimpleCommandBus bus = bus(command -> {
            Thread.sleep(((Long) command.getPayload()).millis());
            return "done";
        });

        assertThat(send(bus, new Long(600)).getPayload()).isEqualTo("done");
    }

    @Test
    void aBatchOfEventsIsWatchedOnceForTheWholeBatch() throws Exception {
        TimeLimitInterceptor<EventMessage<?>> interceptor =
                new TimeLimitInterceptor<>("A batch of test", event -> limits.eventBatch(), scheduler);
        List<EventMessage<?>> batch = List.of(GenericEventMessage.asEventMessage("a"),
                GenericEventMessage.asEventMessage("b"), GenericEventMessage.asEventMessage("c"));
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
        AtomicInteger handled = new AtomicInteger();
        AtomicInteger watchesSeen = new AtomicInteger();

        unitOfWork.executeWithResult(() -> new DefaultInterceptorChain<>(unitOfWork, List.of(interceptor), message -> {
            handled.incrementAndGet();
            watchesSeen.set(scheduler.pendingLooks());
            return null;
        }).proceed());

        assertThat(handled).hasValue(3);
        assertThat(watchesSeen).as("one look scheduled for the batch").hasValue(1);
        assertThat(scheduler.pendingLooks()).isZero();
    }

    @Test
    void namedLimitsAreFoundWhateverTheCaseOfTheirName() {
        TimeLimitProperties fromEnvironment = new TimeLimitProperties(SHORT, Map.of("generatecardbatch", LONG), SHORT);

        assertThat(fromEnvironment.forCommand("GenerateCardBatch")).isEqualTo(LONG);
        assertThat(fromEnvironment.forCommand("RedeemCard")).isEqualTo(SHORT);
    }

    @Test
    void looksComeAtEachWarningThenAtTheLimit() {
        TimeLimit limit = new TimeLimit(Duration.ofSeconds(30), Duration.ofSeconds(10));

        assertThat(limit.nextLookAfter(Duration.ZERO)).isEqualTo(Duration.ofSeconds(10));
        assertThat(limit.nextLookAfter(Duration.ofMillis(10_003))).isEqualTo(Duration.ofSeconds(20));
        assertThat(limit.nextLookAfter(Duration.ofMillis(20_001))).isEqualTo(Duration.ofSeconds(30));
        assertThat(new TimeLimit(Duration.ofSeconds(5), Duration.ofSeconds(10)).nextLookAfter(Duration.ZERO))
                .isEqualTo(Duration.ofSeconds(5));
    }

    private SimpleCommandBus bus(org.axonframework.messaging.MessageHandler<? super CommandMessage<?>> handler) {
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        bus.registerHandlerInterceptor(new TimeLimitInterceptor<CommandMessage<?>>("Command",
                command -> limits.forCommand(command.getPayloadType().getSimpleName()), scheduler));
        bus.subscribe(Slow.class.getName(), handler);
        bus.subscribe(Long.class.getName(), handler);
        return bus;
    }

    private static CommandResultMessage<?> send(SimpleCommandBus bus, Object payload) {
        FutureCallback<Object, Object> callback = new FutureCallback<>();
        bus.dispatch(GenericCommandMessage.asCommandMessage(payload), callback);
        return callback.getResult();
    }
}
