package org.juiceledger.kernel.account;

/** What an adjustment line changes. */
public enum AdjustmentTarget {
    WALLET, ARREARS
}
