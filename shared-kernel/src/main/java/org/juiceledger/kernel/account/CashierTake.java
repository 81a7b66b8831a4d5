package org.juiceledger.kernel.account;

/**
 * What the cashier who records a transaction takes on: both the command side (the cashier's
 * position and limits) and the query side (cashier totals and their verification) follow it.
 */
public enum CashierTake {
    /** Money handed over in the transaction's tender: owed by the cashier, in the till. */
    TENDER,
    /** A credit note or a write-off: no money, but it counts against the cashier's special limit. */
    SPECIAL,
    /** A Reversal: what the original's cashier took on comes back out. */
    TAKE_BACK,
    /** Nothing at the counter (a card's value, a wallet's, a charge, a token, an adjustment). */
    NOTHING
}
