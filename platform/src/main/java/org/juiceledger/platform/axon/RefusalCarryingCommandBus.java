package org.juiceledger.platform.axon;

import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.messaging.MessageHandler;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.platform.web.ErrorDetails;

/**
 * The command bus that runs the handlers (the only one locally, Axon Server's local segment otherwise),
 * answering every refusal as a {@link CommandExecutionException} whose details are its
 * {@link ErrorDetails}. Axon Server carries a handler's exception across without its cause, only its
 * message and serializable details; without these every refusal arrived as a 500. This wraps the
 * result rather than intercepting the handler because refusals also come from the commit phase
 * (lookup tables and limits check in subscribing event handlers, after the handler has returned),
 * which a handler interceptor never sees. The cause stays, so a local caller sees the refusal itself.
 */
public class RefusalCarryingCommandBus extends SimpleCommandBus {

    private RefusalCarryingCommandBus(Builder builder) {
        super(builder);
    }

    public static Builder refusalCarryingBuilder() {
        return new Builder();
    }

    @Override
    protected <C, R> void handle(CommandMessage<C> command, MessageHandler<? super CommandMessage<?>> handler,
                                 CommandCallback<? super C, ? super R> callback) {
        CommandCallback<C, R> carrying = (message, result) -> callback.onResult(message, carryRefusal(result));
        super.handle(command, handler, carrying);
    }

    @SuppressWarnings("unchecked")
    static <R> CommandResultMessage<? extends R> carryRefusal(CommandResultMessage<? extends R> result) {
        if (result.isExceptional() && result.exceptionResult() instanceof DomainException refusal) {
            return (CommandResultMessage<? extends R>) GenericCommandResultMessage.asCommandResultMessage(
                    new CommandExecutionException(refusal.getMessage(), refusal, ErrorDetails.of(refusal)));
        }
        return result;
    }

    /** Builds a {@link RefusalCarryingCommandBus}. */
    public static class Builder extends SimpleCommandBus.Builder {

        @Override
        public RefusalCarryingCommandBus build() {
            return new RefusalCarryingCommandBus(this);
        }
    }
}
