package org.juiceledger.kernel.card;

/** Count and total a range of cards and list every problem, changing nothing. */
public record VerifyCardRange(String firstSerial, String lastSerial) {
}
