package org.juiceledger.kernel.notification;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** This attempt (1 for the first) did not get the message to the provider, for {@code reason}. */
public record RecordNotificationAttemptFailed(@TargetAggregateIdentifier String notificationId, int attempt,
                                              String reason) {
}
