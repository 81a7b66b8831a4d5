package org.juiceledger.kernel.card;

import org.axonframework.serialization.Revision;
import org.juiceledger.kernel.money.Money;

/**
 * A card exists, Available: no value yet. {@code pinHash} is a keyed HMAC-SHA-256 of the PIN; the
 * PIN itself is never stored in the event store.
 */
@Revision("1")
public record CardIssued(String serial, String batchId, Money denomination, String pinHash) implements CardEvent {
}
