package org.juiceledger.command.notification;

import org.juiceledger.kernel.Metadata;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.account.TransactionType;
import org.juiceledger.platform.request.RequestOrigin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;


/**
 * With {@code juice.notifications.auto-sms=true}: after every vend (energy sold for a meter by cash,
 * card payment, cheque, Juice Card or wallet, or a free token) to an account with a phone number,
 * requests the receipt by SMS. The request is made after the vend committed, on the notification
 * workers; it can neither slow nor fail the vend. Never in a replay.
 */
@Component
@ProcessingGroup(NotificationSender.GROUP)
@DisallowReplay
@ConditionalOnProperty(prefix = "juice.notifications", name = "auto-sms", havingValue = "true")
class AutomaticSmsReceipts {

    private static final Logger log = LoggerFactory.getLogger(AutomaticSmsReceipts.class);

    private final NotificationRequests requests;
    private final NotificationWorkers workers;

    AutomaticSmsReceipts(NotificationRequests requests, NotificationWorkers workers) {
        this.requests = requests;
        this.workers = workers;
    }

    /** A vend ({@link TransactionType#isVend}), for a meter (a wallet deposit or transfer sells no energy). */
    static boolean isVend(TransactionRecorded event) {
        return event.type().isVend() && event.meterNumber() != null;
    }

    @EventHandler
    @DisallowReplay
    void on(TransactionRecorded event, @MetaDataValue(Metadata.CORRELATION_ID) String correlationId) {
        if (!isVend(event)) {
            return;
        }
        workers.afterCommit(() -> {
            try {
                requests.requestAutomaticSms(event.accountNumber(), event.transactionNumber(), correlationId);
            } catch (RuntimeException e) {
                log.warn("Could not request the automatic SMS for transaction {}", event.transactionNumber(), e);
            }
        });
    }
}
