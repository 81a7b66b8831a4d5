package org.juiceledger.kernel.notification;

import org.axonframework.serialization.Revision;

/**
 * Someone (or, when {@code automatic}, the system after a vend) asked for the receipt of a
 * transaction to be sent to a customer. The recipient is {@code phone} for SMS and {@code email} for
 * EMAIL (the other is null); they are named so the audit log masks them like an account's contact
 * details. At most {@code maxAttempts} attempts are made.
 */
@Revision("1")
public record NotificationRequested(String notificationId, long transactionNumber, String accountNumber,
                                    NotificationChannel channel, String phone, String email, boolean automatic,
                                    int maxAttempts) {

    /** Where the message goes: the phone number or the email address. */
    public String recipient() {
        return channel == NotificationChannel.SMS ? phone : email;
    }
}
