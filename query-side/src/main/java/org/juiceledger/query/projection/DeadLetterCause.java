package org.juiceledger.query.projection;

import org.axonframework.messaging.deadletter.ThrowableCause;

/**
 * What is stored and shown as the reason an event was dead-lettered: the failure's type and the first
 * line of its most specific message. PostgreSQL appends the offending row's values on later lines
 * ("Detail: Failing row contains (...)"), which may hold a customer's name or phone number; they never
 * leave the exception.
 */
final class DeadLetterCause {

    private DeadLetterCause() {
    }

    static ThrowableCause of(Throwable failure) {
        return new ThrowableCause(failure.getClass().getName(), describe(failure));
    }

    static String describe(Throwable failure) {
        Throwable specific = failure;
        while (specific.getCause() != null && specific.getCause() != specific) {
            specific = specific.getCause();
        }
        String message = specific.getMessage() == null ? specific.getClass().getSimpleName() : specific.getMessage();
        String firstLine = message.lines().findFirst().orElse("").strip();
        if (specific != failure) {
            firstLine = specific.getClass().getSimpleName() + ": " + firstLine;
        }
        return firstLine.length() <= ThrowableCause.TRUNCATED_MESSAGE_SIZE
                ? firstLine : firstLine.substring(0, ThrowableCause.TRUNCATED_MESSAGE_SIZE);
    }
}
