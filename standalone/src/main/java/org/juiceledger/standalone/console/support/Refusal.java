package org.juiceledger.standalone.console.support;

import jakarta.validation.ConstraintViolationException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.platform.transaction.ConcurrentModification;
import org.juiceledger.platform.transaction.DatabaseFailures;
import org.juiceledger.platform.web.ErrorDetails;

import java.util.Map;
import java.util.Optional;

/**
 * A refusal as the API gives it: the problem code and the message of docs/api.md, taken from the
 * same exceptions {@code ProblemResponses} maps, so a page says exactly what the API would.
 */
public record Refusal(String code, String message, Map<String, Object> details) {

    public static Refusal of(String code, String message) {
        return new Refusal(code, message, Map.of());
    }

    /** The refusal a failure carries, or empty for a defect (which the error page handles). */
    public static Optional<Refusal> from(Throwable failure) {
        if (failure instanceof DomainException domain) {
            return Optional.of(new Refusal(domain.code().name(), domain.getMessage(), domain.details()));
        }
        if (failure instanceof CommandExecutionException remote) {
            if (remote.getCause() instanceof DomainException domain) {
                return from(domain);
            }
            Optional<Refusal> detailed = remote.getDetails().filter(ErrorDetails.class::isInstance)
                    .map(ErrorDetails.class::cast).map(d -> of(d.code().name(), d.message()));
            if (detailed.isPresent()) {
                return detailed;
            }
        }
        if (failure instanceof TypeMismatchException || failure instanceof ServletRequestBindingException
                || failure instanceof BindException || failure instanceof ConstraintViolationException) {
            // a mistyped path or parameter, as ProblemResponses answers it: the client's mistake, not ours
            return Optional.of(of(ErrorCode.VALIDATION_FAILED.name(), "A parameter is missing or has the wrong type."));
        }
        if (failure instanceof AggregateNotFoundException || failure instanceof NoResourceFoundException) {
            return Optional.of(of(ErrorCode.NOT_FOUND.name(), "No such resource."));
        }
        if (ConcurrentModification.isCause(failure)) {
            return Optional.of(of(ErrorCode.CONCURRENT_MODIFICATION.name(),
                    "Someone else changed this at the same moment; try again."));
        }
        if (DatabaseFailures.isUnavailable(failure)) {
            return Optional.of(of(ErrorCode.DATABASE_UNAVAILABLE.name(),
                    "The database cannot be reached; nothing was done. Retry in a moment."));
        }
        return Optional.empty();
    }

    /** The refusal, or the failure again when it is a defect and not a refusal. */
    public static Refusal orRethrow(RuntimeException failure) {
        return from(failure).orElseThrow(() -> failure);
    }
}
