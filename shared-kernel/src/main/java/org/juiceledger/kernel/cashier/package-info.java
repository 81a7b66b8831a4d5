/** Cashiers: what they hold and owe, their limits, and the batch close that settles it. */
package org.juiceledger.kernel.cashier;
