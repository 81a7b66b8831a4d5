/** Juice Cards: batches, custody, activation (the sale), redemption and voiding. */
package org.juiceledger.kernel.card;
