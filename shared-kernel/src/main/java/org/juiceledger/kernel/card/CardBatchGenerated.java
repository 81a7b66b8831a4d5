package org.juiceledger.kernel.card;

import org.axonframework.serialization.Revision;
import org.juiceledger.kernel.money.Money;

/** A batch of cards was generated; its print file waits, encrypted, for one download. */
@Revision("1")
public record CardBatchGenerated(String batchId, String firstSerial, String lastSerial, int quantity,
                                 Money denomination, int pinLength, PinAlphabet pinAlphabet,
                                 boolean printFileEncryptedToPrinter) {
}
