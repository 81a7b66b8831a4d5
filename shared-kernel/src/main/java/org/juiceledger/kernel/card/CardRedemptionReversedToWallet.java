package org.juiceledger.kernel.card;

import org.axonframework.serialization.Revision;
import org.juiceledger.kernel.money.Money;

/**
 * The redemption {@code redemptionNumber} of this card was reversed by {@code reversalNumber}: the
 * card stays Redeemed (a Juice Card is used once) and its value went as wallet credit to
 * {@code accountNumber}. Replaces {@link CardRedemptionReversed}, which made a card Activated again.
 */
@Revision("1")
public record CardRedemptionReversedToWallet(String serial, long reversalNumber, long redemptionNumber,
                                             String accountNumber, Money denomination) implements CardEvent {
}
