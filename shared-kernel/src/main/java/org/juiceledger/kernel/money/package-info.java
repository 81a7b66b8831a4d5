/** Money: an exact amount of the one currency, two decimals. */
package org.juiceledger.kernel.money;
