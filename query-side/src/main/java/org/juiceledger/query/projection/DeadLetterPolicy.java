package org.juiceledger.query.projection;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.Optional;

/**
 * Every failed event is dead-lettered, with a {@link DeadLetterCause} (no row values). The handler's
 * own failure is also kept in the unit of work: when it was a database error, PostgreSQL has aborted
 * the transaction, Axon's attempt to enqueue the letter in it fails, and {@link EventByEvent} then
 * files the letter under the original failure rather than "current transaction is aborted".
 */
final class DeadLetterPolicy implements EnqueuePolicy<EventMessage<?>> {

    private static final String HANDLER_FAILURE = DeadLetterPolicy.class.getName() + ".handlerFailure";

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        CurrentUnitOfWork.ifStarted(unitOfWork -> unitOfWork.resources().putIfAbsent(HANDLER_FAILURE, cause));
        return Decisions.enqueue(DeadLetterCause.of(cause));
    }

    static Optional<Throwable> handlerFailureOf(UnitOfWork<?> unitOfWork) {
        return Optional.ofNullable(unitOfWork.getResource(HANDLER_FAILURE));
    }
}
