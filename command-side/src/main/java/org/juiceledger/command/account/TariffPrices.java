package org.juiceledger.command.account;

import org.juiceledger.command.tariff.TariffPrice;

/** The current price of a tariff, as the command side knows it (from the Tariff aggregate, never a projection). */
public interface TariffPrices {

    /** Refuses with TARIFF_NOT_FOUND when there is no such tariff. */
    TariffPrice priceOf(String tariffId);
}
