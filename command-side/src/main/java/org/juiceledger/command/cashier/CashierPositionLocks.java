package org.juiceledger.command.cashier;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.juiceledger.kernel.Metadata;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Locks the position rows of the cashiers a unit of work's events will move, before those events
 * are stored. A batch close locks its row first too, so the order of the events in the store is the
 * order in which sales and closes took the row: a sale stored before a close is counted in the batch
 * that close settles, on the command side, in the cashier totals and in the ledger alike. (Without
 * it a sale's event could be stored, then wait for the row while a close settled the batch without
 * it, and the query side, reading events in store order, would count it in the closed batch.)
 * Axon intercepts a unit of work's events while it prepares to commit, just before it stores them.
 */
@Component
class CashierPositionLocks implements MessageDispatchInterceptor<EventMessage<?>> {

    private final CashierPositions positions;

    CashierPositionLocks(EventStore events, CashierPositions positions) {
        this.positions = positions;
        events.registerDispatchInterceptor(this);
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        Set<String> cashiers = new HashSet<>();
        for (EventMessage<?> event : messages) {
            cashiers.addAll(positions.cashiersMovedBy(event.getPayload(), who(event)));
        }
        if (!cashiers.isEmpty()) {
            positions.lock(cashiers, messages.get(0).getTimestamp());
        }
        return (index, message) -> message;
    }

    private static String who(EventMessage<?> event) {
        Object who = event.getMetaData().get(Metadata.WHO);
        if (who == null && CurrentUnitOfWork.isStarted()) {
            who = CurrentUnitOfWork.get().root().getMessage().getMetaData().get(Metadata.WHO);
        }
        return (String) who;
    }
}
