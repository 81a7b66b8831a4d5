package org.juiceledger.kernel.notification;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Send the receipt of transaction {@code transactionNumber} (recorded on {@code accountNumber}) to
 * {@code to} by {@code channel}, trying at most {@code maxAttempts} times. {@code automatic} is true
 * when no person asked (the receipt after a vend).
 */
public record RequestNotification(@TargetAggregateIdentifier String notificationId, long transactionNumber,
                                  String accountNumber, NotificationChannel channel, String to, boolean automatic,
                                  int maxAttempts) {
}
