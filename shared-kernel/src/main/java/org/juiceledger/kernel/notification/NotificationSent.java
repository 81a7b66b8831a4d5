package org.juiceledger.kernel.notification;

import org.axonframework.serialization.Revision;

/** The SMS provider or the mail server accepted the receipt on attempt {@code attempt} (1 for the first). */
@Revision("1")
public record NotificationSent(String notificationId, long transactionNumber, NotificationChannel channel,
                               int attempt) {
}
