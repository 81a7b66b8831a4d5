package org.juiceledger.kernel.tariff;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A tariff version was published. {@code pricePerKwh} has scale 6 and {@code taxPercent}
 * scale 2; {@code version} counts from 1 per tariff.
 */
@Revision("1")
public record TariffPublished(
        String tariffId,
        int version,
        String name,
        BigDecimal pricePerKwh,
        BigDecimal taxPercent,
        LocalDate effectiveFrom) {
}
