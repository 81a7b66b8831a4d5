/**
 * Printable receipts of transactions ({@code GET /api/transactions/{n}/receipt}), read from the
 * account projection and drawn by the shared renderers in {@code org.juiceledger.platform.receipt}.
 */
package org.juiceledger.query.receipt;
