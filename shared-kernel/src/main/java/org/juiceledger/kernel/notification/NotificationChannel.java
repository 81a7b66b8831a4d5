package org.juiceledger.kernel.notification;

/** How a receipt reaches the customer. */
public enum NotificationChannel {
    /** A short text through the configured HTTP SMS provider. */
    SMS,
    /** An email with the receipt attached, through the configured SMTP server. */
    EMAIL
}
