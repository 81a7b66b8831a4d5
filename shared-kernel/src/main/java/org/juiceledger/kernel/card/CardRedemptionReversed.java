package org.juiceledger.kernel.card;

import org.axonframework.serialization.Revision;
import org.juiceledger.kernel.money.Money;

/** The redemption of this card was reversed: it is Activated (cash) again. */
@Revision("1")
public record CardRedemptionReversed(String serial, long reversalNumber, Money denomination) implements CardEvent {
}
