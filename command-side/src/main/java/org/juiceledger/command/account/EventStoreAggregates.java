package org.juiceledger.command.account;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** Asks the event store, whichever it is, for the aggregate's last sequence number. */
@Component
class EventStoreAggregates implements ExistingAggregates {

    private final EventStore events;

    EventStoreAggregates(EventStore events) {
        this.events = events;
    }

    @Override
    public boolean exists(String aggregateId) {
        return events.lastSequenceNumberFor(aggregateId).isPresent();
    }
}
