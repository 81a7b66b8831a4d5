package org.juiceledger.kernel.card;

import org.axonframework.serialization.Revision;
import org.juiceledger.kernel.money.Money;

/**
 * A lost or stolen card was taken out of use. {@code previousState} ACTIVATED means its value left
 * the card liability as a loss.
 */
@Revision("1")
public record CardVoided(String serial, CardState previousState, Money denomination, String reason) implements CardEvent {
}
