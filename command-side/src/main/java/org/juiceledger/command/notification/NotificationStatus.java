package org.juiceledger.command.notification;

/** Where a notification stands after an outcome was recorded. */
public enum NotificationStatus {
    /** Not sent yet; another attempt follows. */
    PENDING,
    /** The provider accepted it. */
    SENT,
    /** Every attempt failed; no more are made. */
    ABANDONED
}
