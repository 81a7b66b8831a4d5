/**
 * Receipts sent by SMS or email. A request becomes a {@link org.juiceledger.command.notification.Notification}
 * aggregate ({@code NotificationRequested}); after the requesting transaction commits, the
 * {@link org.juiceledger.command.notification.NotificationSender} (never in a replay) makes the attempts on
 * its own threads with exponential back-off and records each outcome as a command, so sending never
 * holds up, fails or undoes the transaction that asked for it. The message is built from the events
 * of the account the transaction was recorded on (the command side never reads projections).
 */
package org.juiceledger.command.notification;
