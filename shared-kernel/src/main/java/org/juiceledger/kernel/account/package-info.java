/** Accounts, meters, wallets, arrears and the transactions that move them. */
package org.juiceledger.kernel.account;
