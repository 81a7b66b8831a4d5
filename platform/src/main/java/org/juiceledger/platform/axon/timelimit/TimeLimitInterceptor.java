package org.juiceledger.platform.axon.timelimit;

import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.function.Function;

/**
 * A time limit on each unit of work of a bus or an event processor, in place of Axon's own
 * ({@code axon.timeout.enabled: false}): Axon 4.13 copies the handling thread's whole stack as each
 * unit of work and each handler starts ({@code AxonTimeLimitedTask.start}), which was 13% of a
 * redemption's CPU on the request thread. This one schedules a look at the unit of work instead
 * ({@link Watch}); the stack is taken only when a warning is due. The watch covers the unit of work
 * from its first message to its end, commit included (an event processor's batch runs the
 * interceptors once per event; the first starts the watch). When the limit interrupted the thread,
 * the unit of work fails with Axon's {@code AxonTimeoutException}, so it rolls back.
 */
public final class TimeLimitInterceptor<M extends Message<?>> implements MessageHandlerInterceptor<M> {

    private static final String WATCH = TimeLimitInterceptor.class.getName() + ".watch";

    private final String component;
    private final Function<? super M, TimeLimit> limits;
    private final TimeLimitScheduler scheduler;

    /**
     * @param component names the unit of work in warnings, with the message's payload type
     * @param limits    the limit of the unit of work that starts with the given message
     */
    public TimeLimitInterceptor(String component, Function<? super M, TimeLimit> limits,
                                TimeLimitScheduler scheduler) {
        this.component = component;
        this.limits = limits;
        this.scheduler = scheduler;
    }

    @Override
    public Object handle(UnitOfWork<? extends M> unitOfWork, InterceptorChain chain) throws Exception {
        UnitOfWork<?> root = unitOfWork.root();
        Watch watch = root.getResource(WATCH);
        if (watch == null) {
            M message = unitOfWork.getMessage();
            Watch started = scheduler.watch(component, message.getPayloadType(), limits.apply(message));
            root.resources().put(WATCH, started);
            root.onCleanup(ended -> started.stop());
            watch = started;
        }
        Object result;
        try {
            result = chain.proceed();
        } catch (Exception failure) {
            throw watch.expired() ? watch.timeout(failure) : failure;
        }
        if (watch.expired()) {
            throw watch.timeout(null);
        }
        return result;
    }
}
