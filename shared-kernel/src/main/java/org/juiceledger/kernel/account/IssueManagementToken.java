package org.juiceledger.kernel.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Issue an STS management token (no kWh, no payment) under a work order. {@code value} is the
 * power limit in watts for SET_MAX_POWER and unused otherwise.
 */
public record IssueManagementToken(@TargetAggregateIdentifier String accountNumber, String meterNumber, ManagementTokenKind kind,
                                   Integer value, String workOrder) {
}
