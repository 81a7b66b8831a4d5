package org.juiceledger.kernel.card;

/** A supervisor takes a range of unsold cards back into the safe. */
public record ReturnCardsToStock(String firstSerial, String lastSerial) {
}
