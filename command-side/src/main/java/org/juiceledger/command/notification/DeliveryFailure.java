package org.juiceledger.command.notification;

/**
 * A message did not reach the provider. The reason is recorded in an event, so it never holds the
 * recipient, a credential or the message text.
 */
class DeliveryFailure extends Exception {

    private static final long serialVersionUID = 1L;

    DeliveryFailure(String reason) {
        super(reason, null, false, false);
    }

    String reason() {
        return getMessage();
    }

    /** The cause's words with the recipient blotted out, one line, at most 200 characters. */
    static String describe(Throwable cause, String recipient) {
        String text = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        if (recipient != null && !recipient.isBlank()) {
            text = text.replace(recipient, "***");
        }
        text = text.replaceAll("[\\p{Cntrl}]+", " ").strip();
        return text.length() <= 200 ? text : text.substring(0, 200);
    }
}
