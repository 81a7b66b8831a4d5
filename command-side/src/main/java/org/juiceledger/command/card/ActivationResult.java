package org.juiceledger.command.card;

import org.juiceledger.kernel.money.Money;

/** What a card sale answers: its transaction number, how many cards and their total. */
public record ActivationResult(long transactionNumber, int quantity, Money total) {
}
