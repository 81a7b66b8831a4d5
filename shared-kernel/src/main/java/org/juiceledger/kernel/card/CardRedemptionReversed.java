package org.juiceledger.kernel.card;

import org.axonframework.serialization.Revision;
import org.juiceledger.kernel.money.Money;

/**
 * The redemption of this card was reversed and it is Activated (cash) again. Written only before
 * reversals kept a card Redeemed; stored ones keep that meaning. Now {@link CardRedemptionReversedToWallet}.
 */
@Revision("1")
public record CardRedemptionReversed(String serial, long reversalNumber, Money denomination) implements CardEvent {
}
