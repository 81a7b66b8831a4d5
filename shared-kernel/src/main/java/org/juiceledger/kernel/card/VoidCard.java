package org.juiceledger.kernel.card;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take a lost or stolen Available or Activated card out of use, with a reason. */
public record VoidCard(@TargetAggregateIdentifier String serial, String reason) {
}
