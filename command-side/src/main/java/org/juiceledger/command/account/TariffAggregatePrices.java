package org.juiceledger.command.account;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.juiceledger.command.tariff.TariffPrice;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.kernel.tariff.TariffPublished;
import org.juiceledger.platform.transaction.AfterCommit;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a tariff's price from the Tariff aggregate's own events, without loading the aggregate
 * through its repository: that would take the tariff's lock until the sale commits, and every sale
 * on the tariff would then wait for the one before it. A sale only reads the price, so the
 * committed newest version is all it needs (a version published meanwhile applies to later sales).
 * <p>
 * The newest price read is kept with the sequence number it was read up to; each sale reads only
 * the tariff's events after that one (one indexed query, usually finding none), so a price
 * published on any node applies to the next sale here, and the tariff's whole history is not
 * read again for every sale.
 */
@Component
class TariffAggregatePrices implements TariffPrices {

    private final EventStore events;
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    TariffAggregatePrices(EventStore events) {
        this.events = events;
    }

    @Override
    public TariffPrice priceOf(String tariffId) {
        Known before = known.get(tariffId);
        Known now = before == null ? new Known(-1, null) : before;
        DomainEventStream stream = events.readEvents(tariffId, now.sequenceNumber() + 1);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            now = new Known(event.getSequenceNumber(), event.getPayload() instanceof TariffPublished published
                    ? new TariffPrice(published.pricePerKwh(), published.taxPercent()) : now.price());
        }
        if (now.price() == null) {
            throw new DomainException(ErrorCode.TARIFF_NOT_FOUND, "No tariff " + tariffId + ".");
        }
        if (now != before) {
            remember(tariffId, now);
        }
        return now.price();
    }

    /**
     * Keeps what was read once the transaction that read it commits: the events read may include
     * the running transaction's own, which a rollback would take back.
     */
    private void remember(String tariffId, Known read) {
        AfterCommit.run(() -> known.merge(tariffId, read,
                (old, now) -> now.sequenceNumber() > old.sequenceNumber() ? now : old));
    }

    /** The newest price of a tariff and the sequence number of the last of its events read. */
    private record Known(long sequenceNumber, TariffPrice price) {
    }
}
