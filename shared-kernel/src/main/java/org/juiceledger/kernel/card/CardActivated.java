package org.juiceledger.kernel.card;

import org.axonframework.serialization.Revision;
import org.juiceledger.kernel.money.Money;

/** A card was sold by transaction {@code transactionNumber}: it is now cash. */
@Revision("1")
public record CardActivated(String serial, long transactionNumber, Money denomination) implements CardEvent {
}
