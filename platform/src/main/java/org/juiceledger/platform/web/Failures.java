package org.juiceledger.platform.web;

import jakarta.validation.ConstraintViolationException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.platform.transaction.ConcurrentModification;
import org.juiceledger.platform.transaction.DatabaseFailures;
import org.springframework.beans.TypeMismatchException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.Optional;

/**
 * The one translation of a failure into the refusal a client is told: {@link ProblemResponses},
 * the gateways, the customer web page and the console all ask it, so each says what the API says.
 * A command's failure is unwrapped here and nowhere else: a {@link DomainException} thrown on this
 * node, or carried across the bus as the {@link ErrorDetails} of a {@link CommandExecutionException}
 * (Axon Server drops the cause).
 */
public final class Failures {

    static final String BAD_PARAMETER = "A parameter is missing or has the wrong type.";
    static final String NO_SUCH_RESOURCE = "No such resource.";
    static final String CONCURRENT = "Someone else changed this at the same moment; try again.";
    static final String DATABASE_DOWN = "The database cannot be reached; nothing was done. Retry in a moment.";

    private Failures() {
    }

    /** The refusal a failure carries, or empty for a defect (which is answered 500 without internals). */
    public static Optional<DomainException> refusalOf(Throwable failure) {
        Optional<DomainException> business = businessRefusal(failure);
        if (business.isPresent()) {
            return business;
        }
        if (failure instanceof TypeMismatchException || failure instanceof ServletRequestBindingException
                || failure instanceof BindException || failure instanceof ConstraintViolationException) {
            // a mistyped path or parameter: the client's mistake, not ours
            return refusal(ErrorCode.VALIDATION_FAILED, BAD_PARAMETER);
        }
        if (failure instanceof AggregateNotFoundException || failure instanceof NoResourceFoundException) {
            return refusal(ErrorCode.NOT_FOUND, NO_SUCH_RESOURCE);
        }
        if (ConcurrentModification.isCause(failure)) {
            return refusal(ErrorCode.CONCURRENT_MODIFICATION, CONCURRENT);
        }
        if (DatabaseFailures.isUnavailable(failure)) {
            return refusal(ErrorCode.DATABASE_UNAVAILABLE, DATABASE_DOWN);
        }
        return Optional.empty();
    }

    private static Optional<DomainException> businessRefusal(Throwable failure) {
        if (failure instanceof DomainException domain) {
            return Optional.of(domain);
        }
        if (failure instanceof CommandExecutionException remote) {
            if (remote.getCause() instanceof DomainException domain) {
                return Optional.of(domain);
            }
            return remote.getDetails().filter(ErrorDetails.class::isInstance).map(ErrorDetails.class::cast)
                    .map(ErrorDetails::toException);
        }
        return Optional.empty();
    }

    private static Optional<DomainException> refusal(ErrorCode code, String message) {
        return Optional.of(new DomainException(code, message));
    }
}
