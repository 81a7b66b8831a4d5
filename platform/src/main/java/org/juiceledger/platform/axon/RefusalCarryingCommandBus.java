package org.juiceledger.platform.axon;

import org.axonframework.messaging.timeout.AxonTimeoutException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.platform.transaction.Causes;
import org.juiceledger.platform.transaction.ConcurrentModification;
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
        CommandCallback<C, R> carrying = (message, result) -> callback.onResult(message, carryRefusal(command, result));
        super.handle(command, handler, carrying);
    }

    static <R> CommandResultMessage<? extends R> carryRefusal(CommandMessage<?> command,
                                                             CommandResultMessage<? extends R> result) {
        if (!result.isExceptional()) {
            return result;
        }
        Throwable failure = result.exceptionResult();
        if (failure instanceof DomainException refusal) {
            return carried(refusal, ErrorDetails.of(refusal));
        }
        AggregateNotFoundException missing = Causes.find(failure, AggregateNotFoundException.class);
        if (missing != null) {
            return carried(failure, notFound(command, missing));
        }
        // a lost race and a taken identifier must stay 409 on the sending node too (Axon Server
        // would carry them as a bare remote exception, answered 500)
        if (Causes.find(failure, AggregateStreamCreationException.class) != null) {
            return carried(failure, new ErrorDetails(ErrorCode.ALREADY_EXISTS, "It already exists."));
        }
        if (ConcurrentModification.isCause(failure)) {
            return carried(failure, new ErrorDetails(ErrorCode.CONCURRENT_MODIFICATION,
                    "Someone else changed this at the same moment; try again."));
        }
        // a unit of work its time limit stopped was rolled back (platform.axon.timelimit)
        if (Causes.find(failure, AxonTimeoutException.class) != null) {
            return carried(failure, new ErrorDetails(ErrorCode.TIMED_OUT,
                    "This took too long and was undone; nothing was done. Retry in a moment."));
        }
        return result;
    }

    /**
     * A command Axon routed straight to an aggregate that does not exist: an unknown account or card,
     * told by the package of the command (the kernel's account and card commands). The one place
     * this is decided, for every sender: REST, the gateways, the console, over the bus or not.
     */
    private static ErrorDetails notFound(CommandMessage<?> command, AggregateNotFoundException missing) {
        Object id = missing.getAggregateIdentifier();
        String domain = command.getPayloadType().getPackageName();
        if (domain.endsWith(".account")) {
            return new ErrorDetails(ErrorCode.ACCOUNT_NOT_FOUND, "No account " + id + ".");
        }
        if (domain.endsWith(".card")) {
            return new ErrorDetails(ErrorCode.CARD_NOT_FOUND, "No card " + id + ".");
        }
        return new ErrorDetails(ErrorCode.NOT_FOUND, "No " + id + ".");
    }

    @SuppressWarnings("unchecked")
    private static <R> CommandResultMessage<? extends R> carried(Throwable failure, ErrorDetails details) {
        return (CommandResultMessage<? extends R>) GenericCommandResultMessage.asCommandResultMessage(
                new CommandExecutionException(details.message(), failure, details));
    }

    /** Builds a {@link RefusalCarryingCommandBus}. */
    public static class Builder extends SimpleCommandBus.Builder {

        @Override
        public RefusalCarryingCommandBus build() {
            return new RefusalCarryingCommandBus(this);
        }
    }
}
