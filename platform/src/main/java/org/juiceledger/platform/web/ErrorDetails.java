package org.juiceledger.platform.web;

import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;

import java.util.Map;

/**
 * What a command handler on another node reports about a refusal (the details of a
 * CommandExecutionException): code, message and the refusal's extra members, plain enough for any
 * serializer to carry.
 */
public record ErrorDetails(ErrorCode code, String message, Map<String, Object> details) {

    public ErrorDetails {
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public ErrorDetails(ErrorCode code, String message) {
        this(code, message, Map.of());
    }

    public static ErrorDetails of(DomainException refusal) {
        return new ErrorDetails(refusal.code(), refusal.getMessage(), refusal.details());
    }

    /** The refusal again, as the sending side throws it. */
    public DomainException toException() {
        return new DomainException(code, message, details);
    }
}
