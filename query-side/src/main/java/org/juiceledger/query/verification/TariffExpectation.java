package org.juiceledger.query.verification;

import org.juiceledger.kernel.tariff.TariffPublished;

/** Every published tariff version; which one is current is worked out when comparing (the newest). */
final class TariffExpectation implements Expectation {

    private final ExpectedRows rows;

    TariffExpectation(ExpectedRows rows) {
        this.rows = rows;
    }

    @Override
    public void apply(ReplayedEvent event) {
        if (event.payload() instanceof TariffPublished e) {
            rows.add(ExpectedTables.TARIFFS, e.tariffId(), e.version(), event.position(), e.name(), e.pricePerKwh(),
                    e.taxPercent(), e.effectiveFrom(), event.timestamp(), event.whoOrUnknown());
        }
    }
}
