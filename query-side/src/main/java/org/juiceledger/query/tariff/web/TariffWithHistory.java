package org.juiceledger.query.tariff.web;

import org.juiceledger.query.tariff.TariffVersionView;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The current terms of a tariff, and every version newest first. */
record TariffWithHistory(String tariffId, String name, int version, BigDecimal pricePerKwh, BigDecimal taxPercent,
                         LocalDate effectiveFrom, List<TariffVersion> history) {

    static TariffWithHistory of(List<TariffVersionView> newestFirst) {
        TariffVersionView current = newestFirst.get(0);
        return new TariffWithHistory(current.getTariffId(), current.getName(), current.getVersion(),
                current.getPricePerKwh(), current.getTaxPercent(), current.getEffectiveFrom(),
                newestFirst.stream().map(TariffVersion::of).toList());
    }
}
