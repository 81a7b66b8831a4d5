package org.juiceledger.command.notification;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.kernel.notification.NotificationAbandoned;
import org.juiceledger.kernel.notification.NotificationAttemptFailed;
import org.juiceledger.kernel.notification.NotificationChannel;
import org.juiceledger.kernel.notification.NotificationRequested;
import org.juiceledger.kernel.notification.NotificationSent;
import org.juiceledger.kernel.notification.RecordNotificationAttemptFailed;
import org.juiceledger.kernel.notification.RecordNotificationSent;
import org.juiceledger.kernel.notification.RequestNotification;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One receipt to send: requested once, then each attempt's outcome, until it is sent or, after its
 * last allowed attempt failed, abandoned. An outcome for an attempt already recorded, or arriving
 * after the end, changes nothing (the sender may repeat itself after a restart of its command).
 */
@Aggregate
public class Notification {

    static final int MAX_REASON = 500;

    @AggregateIdentifier
    private String notificationId;
    private long transactionNumber;
    private NotificationChannel channel;
    private int maxAttempts;
    private int attempts;
    private NotificationStatus status;

    protected Notification() {
    }

    @CommandHandler
    Notification(RequestNotification command) {
        if (command.notificationId() == null || command.notificationId().isBlank()) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "A notification needs an id.");
        }
        if (command.channel() == null) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "Say which channel: SMS or EMAIL.");
        }
        if (command.to() == null || command.to().isBlank()) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "A notification needs a recipient.");
        }
        if (command.maxAttempts() < 1) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "A notification needs at least one attempt.");
        }
        boolean sms = command.channel() == NotificationChannel.SMS;
        apply(new NotificationRequested(command.notificationId(), command.transactionNumber(), command.accountNumber(),
                command.channel(), sms ? command.to() : null, sms ? null : command.to(), command.automatic(),
                command.maxAttempts()));
    }

    @CommandHandler
    NotificationStatus handle(RecordNotificationSent command) {
        if (status != NotificationStatus.PENDING || command.attempt() <= attempts) {
            return status;
        }
        apply(new NotificationSent(notificationId, transactionNumber, channel, command.attempt()));
        return status;
    }

    @CommandHandler
    NotificationStatus handle(RecordNotificationAttemptFailed command) {
        if (status != NotificationStatus.PENDING || command.attempt() <= attempts) {
            return status;
        }
        String reason = reason(command.reason());
        apply(new NotificationAttemptFailed(notificationId, transactionNumber, command.attempt(), reason));
        if (command.attempt() >= maxAttempts) {
            apply(new NotificationAbandoned(notificationId, transactionNumber, command.attempt(), reason));
        }
        return status;
    }

    private static String reason(String reason) {
        String text = reason == null || reason.isBlank() ? "unknown" : reason.strip();
        return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON);
    }

    @EventSourcingHandler
    void on(NotificationRequested event) {
        notificationId = event.notificationId();
        transactionNumber = event.transactionNumber();
        channel = event.channel();
        maxAttempts = event.maxAttempts();
        attempts = 0;
        status = NotificationStatus.PENDING;
    }

    @EventSourcingHandler
    void on(NotificationAttemptFailed event) {
        attempts = event.attempt();
    }

    @EventSourcingHandler
    void on(NotificationSent event) {
        attempts = event.attempt();
        status = NotificationStatus.SENT;
    }

    @EventSourcingHandler
    void on(NotificationAbandoned event) {
        status = NotificationStatus.ABANDONED;
    }
}
