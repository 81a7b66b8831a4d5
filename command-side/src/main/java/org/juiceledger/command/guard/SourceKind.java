package org.juiceledger.command.guard;

/** What identifies where attempts come from; failures are counted per kind and id. */
public enum SourceKind {
    /** The customer web page: the client's IP address. */
    CLIENT_ADDRESS,
    /** SMS: the customer's phone number. */
    PHONE_NUMBER,
    /** IVR: the caller id. */
    CALLER_ID,
    /** A signed-in user (a cashier) redeeming at the counter. */
    CASHIER,
    /** The meter or account asked for, when nothing better identifies the sender. */
    TARGET
}
