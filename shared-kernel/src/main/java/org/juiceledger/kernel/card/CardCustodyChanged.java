package org.juiceledger.kernel.card;

import org.axonframework.serialization.Revision;

/** A card was handed to a cashier ({@code custodian}), or taken back into the safe ({@code custodian} null). */
@Revision("1")
public record CardCustodyChanged(String serial, String custodian) implements CardEvent {
}
