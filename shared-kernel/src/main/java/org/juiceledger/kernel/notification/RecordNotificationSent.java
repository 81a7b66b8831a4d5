package org.juiceledger.kernel.notification;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The provider accepted the message on this attempt (1 for the first). */
public record RecordNotificationSent(@TargetAggregateIdentifier String notificationId, int attempt) {
}
