package org.juiceledger.kernel.card;

import org.axonframework.serialization.Revision;
import org.juiceledger.kernel.money.Money;

/** A card was used, once, by transaction {@code transactionNumber} on an account. */
@Revision("1")
public record CardRedeemed(String serial, long transactionNumber, String accountNumber, String meterNumber,
                           Money denomination) implements CardEvent {
}
