/**
 * With Axon Server as event store, a command's events commit there and its rows (lookups, cashier
 * positions, card PINs, the keyed request's record) commit in PostgreSQL, one after the other.
 * Axon Server commits first (a unit of work runs its commit handlers in reverse order, and the
 * database transaction was attached first), so the only disagreement a failure can leave is events
 * without their rows. {@link org.juiceledger.command.appends.AppendRecording} commits a
 * {@code pending_append} row naming the events before they go out; the command's own transaction
 * deletes it. A row that outlives its command is settled by
 * {@link org.juiceledger.command.appends.PendingAppendSettlement}: the rows its events imply are
 * written from the stored events, or the row goes when the events were never stored.
 */
package org.juiceledger.command.appends;
