package org.juiceledger.query.projection;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.List;
import java.util.function.Function;

/**
 * The batch of events a projection is handling now, so that a handler can read what the whole
 * batch needs in one query instead of one per event. Outside a processor's batch (a unit test
 * calling a handler, an event projected again on its own) the batch is that one event.
 */
public final class ProjectionBatch {

    private ProjectionBatch() {
    }

    /**
     * What {@code compute} makes of this batch's events, computed once per batch (kept with the
     * batch's unit of work, so it goes when the batch commits or rolls back).
     */
    public static <T> T once(String key, Function<List<? extends EventMessage<?>>, T> compute) {
        if (!CurrentUnitOfWork.isStarted()) {
            return compute.apply(List.of());
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        return unitOfWork.root().getOrComputeResource(ProjectionBatch.class.getName() + "." + key,
                k -> compute.apply(messages(unitOfWork)));
    }

    private static List<? extends EventMessage<?>> messages(UnitOfWork<?> unitOfWork) {
        if (unitOfWork.root() instanceof BatchingUnitOfWork<?> batch) {
            return batch.getMessages().stream().filter(m -> m instanceof EventMessage<?>)
                    .map(m -> (EventMessage<?>) m).toList();
        }
        return unitOfWork.getMessage() instanceof EventMessage<?> event ? List.of(event) : List.of();
    }
}
