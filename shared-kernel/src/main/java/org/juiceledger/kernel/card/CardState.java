package org.juiceledger.kernel.card;

/** The life of a Juice Card: generated (no value), sold (cash), used once, or taken out of use. */
public enum CardState {
    AVAILABLE, ACTIVATED, REDEEMED, VOID
}
