package org.juiceledger.kernel.notification;

import org.axonframework.serialization.Revision;

/**
 * Attempt {@code attempt} (1 for the first) to send a receipt failed for {@code reason} (never
 * containing the recipient or a credential). Another attempt follows unless this was the last.
 */
@Revision("1")
public record NotificationAttemptFailed(String notificationId, long transactionNumber, int attempt, String reason) {
}
