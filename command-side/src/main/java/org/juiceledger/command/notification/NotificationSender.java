package org.juiceledger.command.notification;

import org.juiceledger.kernel.Metadata;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.juiceledger.kernel.notification.NotificationChannel;
import org.juiceledger.kernel.notification.NotificationRequested;
import org.juiceledger.kernel.notification.RecordNotificationAttemptFailed;
import org.juiceledger.kernel.notification.RecordNotificationSent;
import org.juiceledger.platform.receipt.Receipt;
import org.juiceledger.platform.receipt.ReceiptPdf;
import org.juiceledger.platform.request.Channel;
import org.juiceledger.platform.request.CurrentRequestOrigin;
import org.juiceledger.platform.request.RequestOrigin;
import org.juiceledger.platform.time.IdSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;


/**
 * Sends each requested notification: after the request has committed, on the notification workers,
 * attempt after attempt with exponential back-off ({@code juice.notifications.first-delay} doubling
 * up to {@code max-delay}) until it is sent or {@code maxAttempts} failed. Each outcome is recorded
 * by a command on the {@link Notification} ({@code NotificationSent} or
 * {@code NotificationAttemptFailed}, then {@code NotificationAbandoned} after the last), by the
 * system, under the request's correlation id.
 * <p>
 * Never in a replay ({@link DisallowReplay}): a message goes out once. The processing group is a
 * subscribing one, so the node that accepted the request is the one that sends it, with its own
 * provider settings, and a node started on an old event store does not send old receipts again.
 */
@Component
@ProcessingGroup(NotificationSender.GROUP)
@DisallowReplay
class NotificationSender {

    static final String GROUP = "notification-sender";
    private static final Logger log = LoggerFactory.getLogger(NotificationSender.class);

    private final RecordedTransactions transactions;
    private final NotificationMessages messages;
    private final SmsChannel sms;
    private final EmailChannel email;
    private final NotificationWorkers workers;
    private final CommandGateway commands;
    private final NotificationSettings settings;
    private final IdSource ids;

    NotificationSender(RecordedTransactions transactions, NotificationMessages messages, SmsChannel sms,
                       EmailChannel email, NotificationWorkers workers, CommandGateway commands,
                       NotificationSettings settings, IdSource ids) {
        this.transactions = transactions;
        this.ids = ids;
        this.messages = messages;
        this.sms = sms;
        this.email = email;
        this.workers = workers;
        this.commands = commands;
        this.settings = settings;
    }

    @EventHandler
    @DisallowReplay
    void on(NotificationRequested event, @MetaDataValue(Metadata.CORRELATION_ID) String correlationId) {
        String correlation = correlationId == null ? ids.newId() : correlationId;
        workers.afterCommit(() -> attempt(event, 1, correlation));
    }

    /** One attempt; records its outcome and, when another is due, schedules it. */
    void attempt(NotificationRequested event, int attempt, String correlationId) {
        String failure = null;
        try {
            deliver(event);
        } catch (DeliveryFailure e) {
            failure = e.reason();
        } catch (RuntimeException e) {
            log.warn("Notification {} attempt {} failed unexpectedly", event.notificationId(), attempt, e);
            failure = "Unexpected failure (" + DeliveryFailure.describe(e, event.recipient()) + ").";
        }
        NotificationStatus status = record(event, attempt, failure, correlationId);
        if (status == NotificationStatus.PENDING) {
            workers.schedule(() -> attempt(event, attempt + 1, correlationId), settings.delayBefore(attempt + 1));
        } else if (status == NotificationStatus.ABANDONED) {
            log.warn("Notification {} for transaction {} abandoned after {} attempts: {}", event.notificationId(),
                    event.transactionNumber(), attempt, failure);
        }
    }

    private void deliver(NotificationRequested event) throws DeliveryFailure {
        RecordedTransaction recorded = transactions.find(event.accountNumber(), event.transactionNumber())
                .orElseThrow(() -> new DeliveryFailure("Transaction " + event.transactionNumber()
                        + " is not recorded on account " + event.accountNumber() + "."));
        Receipt receipt = messages.receipt(recorded);
        if (event.channel() == NotificationChannel.SMS) {
            sms.send(event.phone(), messages.smsText(receipt));
        } else {
            email.send(event.email(), messages.emailSubject(receipt), messages.emailBody(receipt),
                    messages.attachmentName(receipt), ReceiptPdf.render(receipt));
        }
    }

    /** Records the outcome; if that fails, goes on as the aggregate would have decided. */
    private NotificationStatus record(NotificationRequested event, int attempt, String failure, String correlationId) {
        Object command = failure == null
                ? new RecordNotificationSent(event.notificationId(), attempt)
                : new RecordNotificationAttemptFailed(event.notificationId(), attempt, failure);
        MetaData origin = MetaData.with(Metadata.WHO, CurrentRequestOrigin.SYSTEM_USER)
                .and(Metadata.CHANNEL, Channel.SYSTEM.name())
                .and(Metadata.CORRELATION_ID, correlationId);
        try {
            NotificationStatus status = commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(origin));
            return status == null ? NotificationStatus.ABANDONED : status;
        } catch (RuntimeException e) {
            log.error("Could not record attempt {} of notification {}", attempt, event.notificationId(), e);
            if (failure == null) {
                return NotificationStatus.SENT;
            }
            return attempt < event.maxAttempts() ? NotificationStatus.PENDING : NotificationStatus.ABANDONED;
        }
    }
}
