package org.juiceledger.kernel.tariff;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Publish a tariff, or a new version of one; earlier versions stay in its history. */
public record PublishTariff(
        @TargetAggregateIdentifier String tariffId,
        String name,
        BigDecimal pricePerKwh,
        BigDecimal taxPercent,
        LocalDate effectiveFrom) {
}
