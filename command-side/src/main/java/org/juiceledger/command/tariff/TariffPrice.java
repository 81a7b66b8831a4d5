package org.juiceledger.command.tariff;

import java.math.BigDecimal;

/** What a kWh costs before tax, and the tax on it, in the current version of a tariff. */
public record TariffPrice(BigDecimal pricePerKwh, BigDecimal taxPercent) {
}
