package org.juiceledger.query.projection;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.juiceledger.platform.transaction.JoiningTransactionManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Projects a projection's dead letters again, after the cause is fixed: each sequence from its first
 * letter, in order, until one fails again (it stays, with the new cause; the rest of its sequence
 * waits behind it). Each letter is taken out of the queue and projected in one transaction, so a letter
 * is projected exactly once even if two admins retry at the same moment, and a failure at commit (a
 * constraint) leaves the letter where it was. Axon's own dead-letter processing cannot do that: it
 * flushes every letter's writes only at the end, outside the part that decides whether a letter stays.
 */
@Component
class DeadLetterRetry {

    static final String METRIC = "juice.projection.dead.letters.retried";
    private static final Logger log = LoggerFactory.getLogger(DeadLetterRetry.class);
    private static final int MAX_SEQUENCES = 10_000;

    private final DeadLetterQueues queues;
    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final MeterRegistry metrics;
    private final JoiningTransactionManager ownTransactions;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    DeadLetterRetry(DeadLetterQueues queues, EventProcessingConfiguration processing, JdbcTemplate jdbc,
                    MeterRegistry metrics, JoiningTransactionManager ownTransactions) {
        this.queues = queues;
        this.processing = processing;
        this.jdbc = jdbc;
        this.metrics = metrics;
        this.ownTransactions = ownTransactions;
    }

    /** What a retry did: letters projected, sequences still failing, letters left in the queue. */
    record Outcome(String projection, int projected, int stillFailing, long remaining) {
    }

    Outcome retry(String projection) {
        queues.of(projection);
        synchronized (locks.computeIfAbsent(projection, name -> new Object())) {
            int projected = 0;
            int stillFailing = 0;
            for (String sequence : queues.sequences(projection, MAX_SEQUENCES)) {
                long budget = queues.of(projection).sequenceSize(sequence);
                Optional<JdbcDeadLetter<EventMessage<?>>> letter = queues.firstOf(projection, sequence);
                while (letter.isPresent() && budget-- > 0) {
                    Result result = retry(projection, letter.get());
                    if (result == Result.FAILED) {
                        stillFailing++;
                        break;
                    }
                    projected += result == Result.PROJECTED ? 1 : 0;
                    letter = queues.firstOf(projection, sequence);
                }
            }
            return new Outcome(projection, projected, stillFailing, queues.of(projection).size());
        }
    }

    private enum Result { PROJECTED, GONE, FAILED }

    private Result retry(String projection, JdbcDeadLetter<EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        UnitOfWork<EventMessage<?>> retrying = DefaultUnitOfWork.<EventMessage<?>>startAndGet(event);
        // each letter in a transaction of its own (a savepoint inside a keyed request's): one that
        // fails again rolls back alone, and is put back
        retrying.attachTransaction(ownTransactions);
        ResultMessage<Boolean> taken = retrying.executeWithResult(() -> {
            if (jdbc.update("delete from deadletterentry where deadletteridentifier = ?", letter.getIdentifier()) == 0) {
                return false;
            }
            new DefaultInterceptorChain<>(retrying, processing.interceptorsFor(projection), message -> {
                for (EventMessageHandler handler : handlersOf(projection)) {
                    handler.handle(message);
                }
                return null;
            }).proceed();
            return true;
        });
        if (!taken.isExceptional()) {
            if (!taken.getPayload()) {
                return Result.GONE;
            }
            metrics.counter(METRIC, "projection", projection, "outcome", "projected").increment();
            log.info("Projection {} projected dead letter {} {} on retry", projection,
                    event.getPayloadType().getSimpleName(), event.getIdentifier());
            return Result.PROJECTED;
        }
        Throwable failure = taken.exceptionResult();
        processing.transactionManager(projection).executeInTransaction(() ->
                queues.of(projection).requeue(letter, stored -> stored.withCause(DeadLetterCause.of(failure))));
        metrics.counter(METRIC, "projection", projection, "outcome", "failed").increment();
        log.warn("Projection {} still cannot project dead letter {} {} (sequence {}): {}", projection,
                event.getPayloadType().getSimpleName(), event.getIdentifier(), letter.getSequenceIdentifier(),
                DeadLetterCause.describe(failure));
        return Result.FAILED;
    }

    private List<EventMessageHandler> handlersOf(String projection) {
        return processing.sequencedDeadLetterProcessor(projection)
                .filter(SimpleEventHandlerInvoker.class::isInstance)
                .map(invoker -> ((SimpleEventHandlerInvoker) invoker).eventHandlers())
                .orElseThrow(() -> new IllegalStateException("Projection " + projection + " has no dead-lettering invoker"));
    }
}
