package org.juiceledger.kernel.account;

/** An event about one account (or its wallet); projections keep each account's events in order. */
public interface AccountEvent {

    String accountNumber();
}
