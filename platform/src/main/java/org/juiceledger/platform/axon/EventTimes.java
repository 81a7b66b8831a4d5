package org.juiceledger.platform.axon;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * The time of the event a command stored, carried back on the command's result ({@link #METADATA_KEY}
 * in its metadata, across Axon Server too), so that an answer says when the thing happened (the time
 * its event carries, which reports, receipts and the audit show) rather than when the answer was
 * written. Events get their time when applied, but the event bus sees them only as the command's unit
 * of work commits, after the handler returned; so the result's metadata is read once that commit has
 * seen them. The time is that of the event whose payload the handler returned (a
 * {@code TransactionRecorded}), else of the last event the command stored, to the millisecond, as
 * the event store keeps it (Axon's JDBC engine and Axon Server both store milliseconds): the time
 * the reports, receipts and audit read back.
 */
public final class EventTimes {

    /** The result metadata that carries the time (ISO-8601). */
    public static final String METADATA_KEY = "juice.eventTime";
    private static final String STORED = EventTimes.class.getName() + ".stored";

    private EventTimes() {
    }

    /** What a command answered, and when the event it stored happened (null when it stored none). */
    public record Timed<R>(R result, Instant at) {
    }

    /** Sends the command as {@link CommandGateway#sendAndWait(Object)} does (same retries, same failures). */
    public static <R> Timed<R> sendAndWait(CommandGateway gateway, Object command) {
        FutureCallback<Object, R> callback = new FutureCallback<>();
        gateway.send(command, callback);
        CommandResultMessage<? extends R> result = callback.getResult();
        if (result.isExceptional()) {
            throw asRuntime(result.exceptionResult());
        }
        Object at = result.getMetaData().get(METADATA_KEY);
        return new Timed<>(result.getPayload(), at == null ? null : Instant.parse(at.toString()));
    }

    /** As Axon's gateway does: errors and runtime exceptions as they are, others wrapped. */
    private static RuntimeException asRuntime(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        return failure instanceof RuntimeException runtime ? runtime
                : new CommandExecutionException("An exception occurred while executing a command", failure);
    }

    /** Around each command's handler (on the node that handles it): its result carries the time. */
    static MessageHandlerInterceptor<CommandMessage<?>> onCommands() {
        return EventTimes::handle;
    }

    /** On the event bus: notes each event the unit of work of a command stores. */
    static MessageDispatchInterceptor<EventMessage<?>> onEvents() {
        return EventTimes::noting;
    }

    private static Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        StoredEvents stored = new StoredEvents();
        unitOfWork.resources().put(STORED, stored);
        Object result = chain.proceed();
        return result instanceof Message<?> ? result : new TimedResult<>(result, stored);
    }

    private static BiFunction<Integer, EventMessage<?>, EventMessage<?>> noting(
            List<? extends EventMessage<?>> messages) {
        return (index, event) -> {
            if (CurrentUnitOfWork.isStarted()
                    && CurrentUnitOfWork.get().resources().get(STORED) instanceof StoredEvents stored) {
                stored.add(event);
            }
            return event;
        };
    }

    /** The events a command's unit of work stored, in order; filled as it commits. */
    private static final class StoredEvents {

        private final List<EventMessage<?>> events = new ArrayList<>();

        synchronized void add(EventMessage<?> event) {
            events.add(event);
        }

        synchronized Instant timeOf(Object payload) {
            for (int i = events.size() - 1; i >= 0; i--) {
                if (Objects.equals(events.get(i).getPayload(), payload)) {
                    return asStored(events.get(i));
                }
            }
            return events.isEmpty() ? null : asStored(events.get(events.size() - 1));
        }

        private static Instant asStored(EventMessage<?> event) {
            return event.getTimestamp().truncatedTo(ChronoUnit.MILLIS);
        }
    }

    /** A result whose metadata is read after the commit, when the stored events are known. */
    private static final class TimedResult<R> extends GenericCommandResultMessage<R> {

        private static final long serialVersionUID = 1L;
        private final transient StoredEvents stored;

        TimedResult(R result, StoredEvents stored) {
            super(result);
            this.stored = stored;
        }

        @Override
        public MetaData getMetaData() {
            Instant at = stored == null ? null : stored.timeOf(getPayload());
            return at == null ? super.getMetaData() : super.getMetaData().and(METADATA_KEY, at.toString());
        }
    }
}
