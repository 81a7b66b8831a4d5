/** Reversal of any transaction: on accounts, on card sales, and on the cards a redemption used. */
package org.juiceledger.command.reversal;
