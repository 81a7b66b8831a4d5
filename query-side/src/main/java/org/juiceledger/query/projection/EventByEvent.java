package org.juiceledger.query.projection;

import org.juiceledger.platform.transaction.DatabaseFailures;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * Projects a failed batch again, each event in a transaction of its own that also stores the
 * segment's token up to that event: what an event wrote and how far the segment is commit together,
 * so nothing is projected twice or skipped. An event that fails again, in its handler or when its
 * transaction commits, is dead-lettered in a fresh transaction (with the token); later events of its
 * sequence follow it into the queue (Axon's dead-lettering invoker sees the sequence there), and the
 * rest of the segment goes on. Only when even the dead-lettering fails does the batch fail again.
 */
final class EventByEvent {

    private final PooledStreamingEventProcessor processor;
    private final Segment segment;
    private final SequencedDeadLetterQueue<EventMessage<?>> deadLetters;
    private final SequencingPolicy<? super EventMessage<?>> sequencing;
    private final TokenStore tokens;
    private final TransactionManager transactions;

    EventByEvent(PooledStreamingEventProcessor processor, Segment segment,
                 SequencedDeadLetterQueue<EventMessage<?>> deadLetters, SequencingPolicy<? super EventMessage<?>> sequencing,
                 TokenStore tokens, TransactionManager transactions) {
        this.processor = processor;
        this.segment = segment;
        this.deadLetters = deadLetters;
        this.sequencing = sequencing;
        this.tokens = tokens;
        this.transactions = transactions;
    }

    /** Returns how many events were dead-lettered here (not counting those queued behind them by Axon). */
    int project(List<? extends EventMessage<?>> batch) throws Exception {
        int deadLettered = 0;
        for (EventMessage<?> event : batch) {
            if (!projected(event)) {
                deadLettered++;
            }
        }
        // Axon may cache per segment which sequences are dead-lettered; it did not see the letters added here.
        // Axon 4.13's MultiEventHandlerInvoker does not pass this on, so that cache (dlq.cache) stays off:
        // the letters added here would not be seen (tried: ProjectionFailureIntegrationTest fails with it).
        processor.eventHandlerInvoker().segmentReleased(segment);
        return deadLettered;
    }

    private boolean projected(EventMessage<?> event) throws Exception {
        UnitOfWork<EventMessage<?>> handling = DefaultUnitOfWork.<EventMessage<?>>startAndGet(event);
        ResultMessage<?> handled = inTransaction(handling, () -> {
            new DefaultInterceptorChain<>(handling, processor.getHandlerInterceptors(), message -> {
                processor.eventHandlerInvoker().handle(message, segment);
                return null;
            }).proceed();
            storeTokenUpTo(event);
            return null;
        });
        if (!handled.isExceptional()) {
            return true;
        }
        Throwable failure = DeadLetterPolicy.handlerFailureOf(handling).orElse(handled.exceptionResult());
        if (DatabaseFailures.isUnavailable(failure) || DatabaseFailures.isUnavailable(handled.exceptionResult())) {
            // an outage is no poison event: the segment waits and retries, nothing is dead-lettered
            throw handled.exceptionResult() instanceof Exception exception ? exception
                    : new IllegalStateException(handled.exceptionResult());
        }
        Object sequence = sequenceOf(event);
        UnitOfWork<EventMessage<?>> parking = DefaultUnitOfWork.<EventMessage<?>>startAndGet(event);
        ResultMessage<?> parked = inTransaction(parking, () -> {
            deadLetters.enqueue(sequence, new GenericDeadLetter<>(sequence, event, DeadLetterCause.of(failure)));
            storeTokenUpTo(event);
            return null;
        });
        if (parked.isExceptional()) {
            Throwable cannotPark = parked.exceptionResult();
            cannotPark.addSuppressed(failure);
            throw cannotPark instanceof Exception exception ? exception : new IllegalStateException(cannotPark);
        }
        return false;
    }

    private void storeTokenUpTo(EventMessage<?> event) {
        if (event instanceof TrackedEventMessage<?> tracked) {
            tokens.storeToken(tracked.trackingToken(), processor.getName(), segment.getSegmentId());
        }
    }

    /** The sequence Axon's dead-lettering invoker files the event under (the same rule as its own). */
    private Object sequenceOf(EventMessage<?> event) {
        Object sequence = sequencing.getSequenceIdentifierFor(event);
        return sequence == null ? event.getIdentifier() : sequence;
    }

    private <R> ResultMessage<R> inTransaction(UnitOfWork<EventMessage<?>> unitOfWork, Callable<R> task) {
        unitOfWork.attachTransaction(transactions);
        return unitOfWork.executeWithResult(task);
    }
}
