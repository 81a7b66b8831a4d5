package org.juiceledger.kernel.account;

/** Open a customer account; the number is given or assigned. */
public record OpenAccount(String accountNumber, String name, String phone, String email, String tariffId) {
}
