package org.juiceledger.kernel.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import java.math.BigDecimal;

/** Give an STS meter energy at zero price (e.g. free basic electricity), with a reason. */
public record IssueFreeToken(@TargetAggregateIdentifier String accountNumber, String meterNumber, BigDecimal units, String reason) {
}
