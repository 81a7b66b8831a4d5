package org.juiceledger.command.notification;

/**
 * A notification without anyone to send it to: the request named no recipient and the account has
 * no phone number (SMS) or email address (EMAIL). Answered 422 {@code NO_RECIPIENT}.
 */
public class NoRecipientException extends RuntimeException {

    public static final String CODE = "NO_RECIPIENT";

    NoRecipientException(String message) {
        super(message, null, false, false);
    }
}
