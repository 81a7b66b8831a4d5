package org.juiceledger.kernel.card;

/** A supervisor hands a range of cards from the safe to a cashier. */
public record IssueCardsToCashier(String firstSerial, String lastSerial, String cashier) {
}
