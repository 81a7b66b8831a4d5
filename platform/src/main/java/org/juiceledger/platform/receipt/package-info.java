/**
 * Printable receipts of transactions, as HTML and PDF, shared by the query side (the receipt
 * endpoint, from the projections) and the command side (the receipt attached to an email, from the
 * events): one layout, one set of lines, two sources.
 */
package org.juiceledger.platform.receipt;
