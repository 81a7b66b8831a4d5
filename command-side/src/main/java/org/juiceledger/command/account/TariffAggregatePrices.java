package org.juiceledger.command.account;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.juiceledger.command.tariff.Tariff;
import org.juiceledger.command.tariff.TariffPrice;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.springframework.stereotype.Component;

/** Reads a tariff's price by loading its aggregate in the running unit of work. */
@Component
class TariffAggregatePrices implements TariffPrices {

    private final Repository<Tariff> tariffs;

    TariffAggregatePrices(Repository<Tariff> tariffs) {
        this.tariffs = tariffs;
    }

    @Override
    public TariffPrice priceOf(String tariffId) {
        try {
            return tariffs.load(tariffId).invoke(Tariff::price);
        } catch (AggregateNotFoundException e) {
            throw new DomainException(ErrorCode.TARIFF_NOT_FOUND, "No tariff " + tariffId + ".");
        }
    }
}
