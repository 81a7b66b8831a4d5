package org.juiceledger.query.projection;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.DeadLetterQueueOverflowException;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.NoSuchDeadLetterException;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.juiceledger.platform.transaction.AfterCommit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A projection's dead-letter queue that says when it takes an event: a WARN line and the counter
 * {@code juice.projection.dead.letters} (tags {@code projection}, {@code reason}: {@code failed}, or
 * {@code behind} for an event that waits behind an earlier dead letter of its sequence). Both once
 * the letter is committed, so a batch that rolls back and is dead-lettered again counts once.
 */
final class ObservedDeadLetterQueue implements SequencedDeadLetterQueue<EventMessage<?>> {

    static final String METRIC = "juice.projection.dead.letters";
    private static final Logger log = LoggerFactory.getLogger(ObservedDeadLetterQueue.class);

    private final String projection;
    private final SequencedDeadLetterQueue<EventMessage<?>> queue;
    private final MeterRegistry metrics;
    private final Object emptyInThisTransaction = new Object();

    ObservedDeadLetterQueue(String projection, SequencedDeadLetterQueue<EventMessage<?>> queue, MeterRegistry metrics) {
        this.projection = projection;
        this.queue = queue;
        this.metrics = metrics;
    }

    @Override
    public void enqueue(Object sequenceIdentifier, DeadLetter<? extends EventMessage<?>> letter)
            throws DeadLetterQueueOverflowException {
        if (TransactionSynchronizationManager.hasResource(emptyInThisTransaction)) {
            TransactionSynchronizationManager.unbindResource(emptyInThisTransaction);
            TransactionSynchronizationManager.bindResource(emptyInThisTransaction, Boolean.FALSE);
        }
        queue.enqueue(sequenceIdentifier, letter);
        AfterCommit.run(() -> report(sequenceIdentifier, letter));
    }

    private void report(Object sequence, DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        String reason = letter.cause().isPresent() ? "failed" : "behind";
        metrics.counter(METRIC, "projection", projection, "reason", reason).increment();
        long position = event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                ? tracked.trackingToken().position().orElse(-1) : -1;
        if (letter.cause().isPresent()) {
            log.warn("Projection {} dead-lettered {} {} at position {} (sequence {}): {}", projection,
                    event.getPayloadType().getSimpleName(), event.getIdentifier(), position, sequence,
                    letter.cause().map(Cause::message).orElse(""));
        } else {
            log.warn("Projection {} dead-lettered {} {} at position {}: it waits behind an earlier dead letter of"
                    + " sequence {}", projection, event.getPayloadType().getSimpleName(), event.getIdentifier(),
                    position, sequence);
        }
    }

    @Override
    public void evict(DeadLetter<? extends EventMessage<?>> letter) {
        queue.evict(letter);
    }

    @Override
    public void requeue(DeadLetter<? extends EventMessage<?>> letter,
                        UnaryOperator<DeadLetter<? extends EventMessage<?>>> letterUpdater)
            throws NoSuchDeadLetterException {
        queue.requeue(letter, letterUpdater);
    }

    /**
     * Axon asks this for every event a batch projects: one query each. An empty queue is the normal
     * case, so a transaction asks once whether the projection's queue is empty and, if so, answers
     * "no" for the rest of it. Only this segment's thread can add a letter of its sequences, and
     * {@link #enqueue} ends the shortcut for the transaction that does; the next transaction asks again.
     */
    @Override
    public boolean contains(Object sequenceIdentifier) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return queue.contains(sequenceIdentifier);
        }
        Boolean empty = (Boolean) TransactionSynchronizationManager.getResource(emptyInThisTransaction);
        if (empty == null) {
            empty = queue.size() == 0;
            TransactionSynchronizationManager.bindResource(emptyInThisTransaction, empty);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(emptyInThisTransaction);
                }
            });
        }
        return !empty && queue.contains(sequenceIdentifier);
    }

    @Override
    public Iterable<DeadLetter<? extends EventMessage<?>>> deadLetterSequence(Object sequenceIdentifier) {
        return queue.deadLetterSequence(sequenceIdentifier);
    }

    @Override
    public Iterable<Iterable<DeadLetter<? extends EventMessage<?>>>> deadLetters() {
        return queue.deadLetters();
    }

    @Override
    public boolean isFull(Object sequenceIdentifier) {
        return queue.isFull(sequenceIdentifier);
    }

    @Override
    public long size() {
        return queue.size();
    }

    @Override
    public long sequenceSize(Object sequenceIdentifier) {
        return queue.sequenceSize(sequenceIdentifier);
    }

    @Override
    public long amountOfSequences() {
        return queue.amountOfSequences();
    }

    @Override
    public boolean process(Predicate<DeadLetter<? extends EventMessage<?>>> sequenceFilter,
                           Function<DeadLetter<? extends EventMessage<?>>, EnqueueDecision<EventMessage<?>>> processingTask) {
        return queue.process(sequenceFilter, processingTask);
    }

    @Override
    public void clear() {
        queue.clear();
    }
}
