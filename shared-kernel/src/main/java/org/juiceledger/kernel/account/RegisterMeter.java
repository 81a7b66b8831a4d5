package org.juiceledger.kernel.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Register a meter to an account; a meter belongs to one account at a time. */
public record RegisterMeter(@TargetAggregateIdentifier String accountNumber, String meterNumber, MeterKind kind, StsMeterProfile sts) {
}
