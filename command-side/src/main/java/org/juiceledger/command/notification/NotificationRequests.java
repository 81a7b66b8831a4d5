package org.juiceledger.command.notification;

import org.juiceledger.kernel.Metadata;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.kernel.notification.NotificationChannel;
import org.juiceledger.kernel.notification.RequestNotification;
import org.juiceledger.platform.request.Channel;
import org.juiceledger.platform.request.CurrentRequestOrigin;
import org.juiceledger.platform.request.RequestOrigin;
import org.juiceledger.platform.time.IdSource;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns "send the receipt of transaction N" into a {@link RequestNotification}: finds the account the
 * transaction is on, takes the recipient from the request or else from the account (its phone for
 * SMS, its email for EMAIL), and checks it is a phone number or an email address.
 */
@Component
public class NotificationRequests {

    /** The same shape as an account's phone number. */
    static final Pattern PHONE = Pattern.compile("\\+?[0-9 ]{6,20}");

    private final RecordedTransactions transactions;
    private final CommandGateway commands;
    private final NotificationSettings settings;
    private final IdSource ids;

    NotificationRequests(RecordedTransactions transactions, CommandGateway commands, NotificationSettings settings,
                         IdSource ids) {
        this.ids = ids;
        this.transactions = transactions;
        this.commands = commands;
        this.settings = settings;
    }

    /** A person's request (the signed-in user is stamped on the command); returns the notification id. */
    public String request(long transactionNumber, NotificationChannel channel, String to) {
        String account = transactions.accountOf(transactionNumber).orElseThrow(() -> unknown(transactionNumber));
        RecordedTransaction recorded = transactions.find(account, transactionNumber)
                .orElseThrow(() -> unknown(transactionNumber));
        String recipient = to != null && !to.isBlank() ? to.strip() : contact(recorded, channel);
        if (recipient == null) {
            throw new DomainException(ErrorCode.NO_RECIPIENT, "Account " + account + " has no " + (channel == NotificationChannel.SMS
                    ? "phone number" : "email address") + " and the request names no recipient (to).");
        }
        check(channel, recipient);
        String id = ids.newId();
        commands.sendAndWait(new RequestNotification(id, transactionNumber, account, channel, recipient, false,
                settings.maxAttempts()));
        return id;
    }

    /**
     * The automatic SMS after a vend, by the system under the vend's correlation id: requested only
     * when the account has a phone number. Returns the notification id, if one was requested.
     */
    Optional<String> requestAutomaticSms(String accountNumber, long transactionNumber, String correlationId) {
        Optional<RecordedTransaction> recorded = transactions.find(accountNumber, transactionNumber);
        String phone = recorded.map(r -> contact(r, NotificationChannel.SMS)).orElse(null);
        if (phone == null || !PHONE.matcher(phone).matches()) {
            return Optional.empty();
        }
        String id = ids.newId();
        RequestNotification command = new RequestNotification(id, transactionNumber, accountNumber,
                NotificationChannel.SMS, phone, true, settings.maxAttempts());
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(
                MetaData.with(Metadata.WHO, CurrentRequestOrigin.SYSTEM_USER)
                        .and(Metadata.CHANNEL, Channel.SYSTEM.name())
                        .and(Metadata.CORRELATION_ID, correlationId == null ? id : correlationId)));
        return Optional.of(id);
    }

    private static String contact(RecordedTransaction recorded, NotificationChannel channel) {
        String contact = channel == NotificationChannel.SMS ? recorded.phone() : recorded.email();
        return contact == null || contact.isBlank() ? null : contact.strip();
    }

    static void check(NotificationChannel channel, String recipient) {
        if (channel == NotificationChannel.SMS) {
            if (!PHONE.matcher(recipient).matches()) {
                throw new DomainException(ErrorCode.VALIDATION_FAILED,
                        "to: an SMS goes to a phone number of 6-20 digits, optionally with a leading +.");
            }
            return;
        }
        try {
            InternetAddress address = new InternetAddress(recipient, true);
            if (!recipient.equals(address.getAddress()) || !recipient.contains("@") || recipient.length() > 254) {
                throw new AddressException("not a plain address");
            }
        } catch (AddressException e) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "to: an email goes to an address like name@example.org.");
        }
    }

    private static DomainException unknown(long transactionNumber) {
        return new DomainException(ErrorCode.TRANSACTION_NOT_FOUND,
                "No transaction " + transactionNumber + " on an account: there is no receipt to send.");
    }
}
