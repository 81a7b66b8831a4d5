/** Cashier totals per day, batch, type and tender, and the settlements of closed batches. */
package org.juiceledger.query.cashier;
