package org.juiceledger.kernel.card;

import org.juiceledger.kernel.money.Money;

/** Generate a batch of cards of one denomination, with fresh secret PINs. */
public record GenerateCardBatch(String batchId, int quantity, Money denomination, int pinLength,
                                PinAlphabet pinAlphabet, String printerPublicKey) {
}
