package org.juiceledger.kernel.error;

import java.util.Map;

/**
 * A business rule refused something. The message is shown to the client, so it must never
 * contain a PIN, a key or a password.
 */
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final Map<String, Object> details;

    public DomainException(ErrorCode code, String message) {
        this(code, message, Map.of());
    }

    /** {@code details} become extra members of the problem document (e.g. the cards that stood in the way). */
    public DomainException(ErrorCode code, String message, Map<String, Object> details) {
        super(message, null, false, false);
        this.code = code;
        this.details = Map.copyOf(details);
    }

    public ErrorCode code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }
}
