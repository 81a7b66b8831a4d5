package org.juiceledger.query.support;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.juiceledger.kernel.account.AccountEvent;
import org.springframework.stereotype.Component;

/**
 * Keeps all events of one account, its wallet included, in one sequence, so a projection never
 * sees a wallet's balance before the account it belongs to. Other events stay per aggregate.
 */
@Component("perAccountSequencing")
public class PerAccountSequencing implements SequencingPolicy<EventMessage<?>> {

    private final SequentialPerAggregatePolicy perAggregate = SequentialPerAggregatePolicy.instance();

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        if (event.getPayload() instanceof AccountEvent accountEvent) {
            return accountEvent.accountNumber();
        }
        return perAggregate.getSequenceIdentifierFor(event);
    }
}
