package org.juiceledger.kernel.notification;

import org.axonframework.serialization.Revision;

/** No attempt succeeded: the receipt was given up after {@code attempts} attempts; {@code reason} is the last failure. */
@Revision("1")
public record NotificationAbandoned(String notificationId, long transactionNumber, int attempts, String reason) {
}
