package org.juiceledger.command.account;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.juiceledger.command.tariff.TariffPrice;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.kernel.tariff.TariffPublished;
import org.springframework.stereotype.Component;

/**
 * Reads a tariff's price from the Tariff aggregate's own events, without loading the aggregate
 * through its repository: that would take the tariff's lock until the sale commits, and every sale
 * on the tariff would then wait for the one before it. A sale only reads the price, so the
 * committed newest version is all it needs (a version published meanwhile applies to later sales).
 */
@Component
class TariffAggregatePrices implements TariffPrices {

    private final EventStore events;

    TariffAggregatePrices(EventStore events) {
        this.events = events;
    }

    @Override
    public TariffPrice priceOf(String tariffId) {
        TariffPublished newest = null;
        DomainEventStream stream = events.readEvents(tariffId);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getPayload() instanceof TariffPublished published) {
                newest = published;
            }
        }
        if (newest == null) {
            throw new DomainException(ErrorCode.TARIFF_NOT_FOUND, "No tariff " + tariffId + ".");
        }
        return new TariffPrice(newest.pricePerKwh(), newest.taxPercent());
    }
}
