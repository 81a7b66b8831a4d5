package org.juiceledger.command.card;

import org.juiceledger.kernel.money.Money;

/** What generating a batch answers. */
public record GenerationResult(String batchId, String firstSerial, String lastSerial, int quantity, Money denomination) {
}
