/** Cashiers' open batches: what they collected and owe, their vendor and special limits, and batch close. */
package org.juiceledger.command.cashier;
