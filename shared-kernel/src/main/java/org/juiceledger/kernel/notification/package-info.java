/**
 * Receipts sent to customers by SMS or email: the request, each attempt's outcome, and the end
 * (sent, or abandoned after the configured attempts). The sending itself happens outside the
 * transaction that asked for it and never changes that transaction.
 */
package org.juiceledger.kernel.notification;
