/** Juice Cards: batches with secret PINs, custody, the sale (activation), redemption and voiding. */
package org.juiceledger.command.card;
