package org.juiceledger.kernel.account;

import org.axonframework.serialization.Revision;

/** A customer account was opened; its energy is sold at the given tariff. */
@Revision("1")
public record AccountOpened(String accountNumber, String name, String phone, String email, String tariffId) implements AccountEvent {
}
