package org.juiceledger.query.tariff.web;

import org.juiceledger.query.tariff.TariffVersionView;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

record TariffVersion(String tariffId, int version, String name, BigDecimal pricePerKwh, BigDecimal taxPercent,
                     LocalDate effectiveFrom, Instant publishedAt, String publishedBy) {

    static TariffVersion of(TariffVersionView view) {
        return new TariffVersion(view.getTariffId(), view.getVersion(), view.getName(), view.getPricePerKwh(),
                view.getTaxPercent(), view.getEffectiveFrom(), view.getPublishedAt(), view.getPublishedBy());
    }
}
