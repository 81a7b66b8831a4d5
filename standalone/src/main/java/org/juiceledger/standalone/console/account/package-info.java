/** The cashier's desk: find an account, its overview (the seed's Basic View), sell, deposit, redeem, and each transaction's actions. */
package org.juiceledger.standalone.console.account;
