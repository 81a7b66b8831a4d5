package org.juiceledger.kernel.account;

/** The STS class 2 management tokens the product issues. */
public enum ManagementTokenKind {
    SET_MAX_POWER, CLEAR_CREDIT, CLEAR_TAMPER
}
