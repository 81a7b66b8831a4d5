package org.juiceledger.standalone.bus;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.commandhandling.callbacks.NoOpCallback;
import org.axonframework.common.Registration;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.HandlerExecutionException;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * A command bus in front of the application's own, with a wire in between as Axon Server has one:
 * the command (payload and metadata) and its result cross as bytes through the application's
 * serializer. A failure crosses as Axon Server carries it: its message and its serialized details
 * only, never its cause or its class.
 */
final class SerializingCommandBus implements CommandBus {

    /** What the sending side has of a remote failure besides message and details: a description. */
    static final class RemoteFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RemoteFailure(String description) {
            super(description);
        }
    }

    private final CommandBus handlingNode;
    private final Serializer serializer;

    SerializingCommandBus(CommandBus handlingNode, Serializer serializer) {
        this.handlingNode = handlingNode;
        this.serializer = serializer;
    }

    @Override
    public <C> void dispatch(CommandMessage<C> command) {
        dispatch(command, NoOpCallback.INSTANCE);
    }

    @Override
    public <C, R> void dispatch(CommandMessage<C> command, CommandCallback<? super C, ? super R> callback) {
        CommandMessage<C> received = overTheWire(command);
        CommandCallback<C, Object> answer = (message, result) -> callback.onResult(command, answerOverTheWire(result));
        handlingNode.dispatch(received, answer);
    }

    @SuppressWarnings("unchecked")
    private <C> CommandMessage<C> overTheWire(CommandMessage<C> command) {
        C payload = (C) copy(command.getPayload());
        MetaData metaData = MetaData.from(command.getMetaData());
        metaData = (MetaData) copy(metaData);
        return new GenericCommandMessage<>(new GenericMessage<>(command.getIdentifier(), payload, metaData),
                command.getCommandName());
    }

    @SuppressWarnings("unchecked")
    private <R> CommandResultMessage<R> answerOverTheWire(CommandResultMessage<?> result) {
        if (!result.isExceptional()) {
            return (CommandResultMessage<R>) GenericCommandResultMessage.asCommandResultMessage(copy(result.getPayload()));
        }
        Throwable failure = result.exceptionResult();
        Object details = failure instanceof HandlerExecutionException handler ? handler.getDetails().orElse(null) : null;
        return (CommandResultMessage<R>) GenericCommandResultMessage.asCommandResultMessage(new CommandExecutionException(
                failure.getMessage(), new RemoteFailure(failure.getClass().getName()), copy(details)));
    }

    private Object copy(Object value) {
        if (value == null) {
            return null;
        }
        SerializedObject<byte[]> bytes = serializer.serialize(value, byte[].class);
        return serializer.deserialize(bytes);
    }

    @Override
    public Registration subscribe(String commandName, MessageHandler<? super CommandMessage<?>> handler) {
        throw new UnsupportedOperationException("handlers subscribe to the handling node's bus");
    }

    @Override
    public Registration registerHandlerInterceptor(MessageHandlerInterceptor<? super CommandMessage<?>> interceptor) {
        throw new UnsupportedOperationException("interceptors belong to the handling node's bus");
    }

    @Override
    public Registration registerDispatchInterceptor(MessageDispatchInterceptor<? super CommandMessage<?>> interceptor) {
        throw new UnsupportedOperationException("interceptors belong to the handling node's bus");
    }
}
