package org.juiceledger.kernel.account;

/** STS meters take 20-digit tokens on their keypad; AMI (smart) meters draw on the account's wallet. */
public enum MeterKind {
    STS, AMI
}
