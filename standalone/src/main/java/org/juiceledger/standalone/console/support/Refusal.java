package org.juiceledger.standalone.console.support;

import org.juiceledger.platform.web.Failures;

import java.util.Map;
import java.util.Optional;

/**
 * A refusal as the API gives it: the problem code and the message of docs/api.md, translated by
 * the same {@link Failures} as {@code ProblemResponses}, so a page says exactly what the API would.
 */
public record Refusal(String code, String message, Map<String, Object> details) {

    public static Refusal of(String code, String message) {
        return new Refusal(code, message, Map.of());
    }

    /** The refusal a failure carries ({@link Failures}, as the API), or empty for a defect (the error page's). */
    public static Optional<Refusal> from(Throwable failure) {
        return Failures.refusalOf(failure).map(domain -> new Refusal(domain.code().name(), domain.getMessage(),
                domain.details()));
    }

    /** The refusal, or the failure again when it is a defect and not a refusal. */
    public static Refusal orRethrow(RuntimeException failure) {
        return from(failure).orElseThrow(() -> failure);
    }
}
