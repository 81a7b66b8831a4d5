package org.juiceledger.kernel.card;

import org.axonframework.serialization.Revision;
import org.juiceledger.kernel.money.Money;

/** The sale of this card was reversed: it is Available again. */
@Revision("1")
public record CardActivationReversed(String serial, long reversalNumber, Money denomination) implements CardEvent {
}
