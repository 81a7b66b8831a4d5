/** Accounts, their meters, arrears and wallets, and every transaction that moves them. */
package org.juiceledger.command.account;
