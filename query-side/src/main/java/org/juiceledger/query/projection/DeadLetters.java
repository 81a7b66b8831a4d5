package org.juiceledger.query.projection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.platform.axon.EventJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** Lists dead letters (masked), retries them after a fix, and evicts those that must be given up. */
@Component
public class DeadLetters {

    static final String EVICTED_METRIC = "juice.projection.dead.letters.evicted";
    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    private static final ObjectMapper JSON = EventJson.mapper();

    private final DeadLetterQueues queues;
    private final DeadLetterRetry retry;
    private final EventProcessingConfiguration processing;
    private final MeterRegistry metrics;

    DeadLetters(DeadLetterQueues queues, DeadLetterRetry retry, EventProcessingConfiguration processing,
                MeterRegistry metrics) {
        this.queues = queues;
        this.retry = retry;
        this.processing = processing;
        this.metrics = metrics;
    }

    /** The dead letters of one projection, or of every one, sequence by sequence; at most {@code limit}. */
    public List<DeadLetterView> list(Optional<String> projection, int limit) {
        List<DeadLetterView> letters = new ArrayList<>();
        for (String name : projection.map(List::of).orElseGet(queues::projections)) {
            queues.forEach(name, limit - letters.size(), letter -> letters.add(view(name, letter)));
        }
        return letters;
    }

    public RetryOutcome retry(String projection) {
        DeadLetterRetry.Outcome outcome = retry.retry(projection);
        return new RetryOutcome(outcome.projection(), outcome.projected(), outcome.stillFailing(), outcome.remaining());
    }

    /** Gives up one dead letter: the projection will never have its effect (until a replay). */
    public void evict(String projection, String eventId, String by) {
        AtomicReference<JdbcDeadLetter<EventMessage<?>>> found = new AtomicReference<>();
        queues.forEach(projection, Integer.MAX_VALUE, letter -> {
            if (found.get() == null && letter.message().getIdentifier().equals(eventId)) {
                found.set(letter);
            }
        });
        JdbcDeadLetter<EventMessage<?>> letter = Optional.ofNullable(found.get()).orElseThrow(() -> new DomainException(
                ErrorCode.DEAD_LETTER_NOT_FOUND, "Projection " + projection + " has no dead letter of event " + eventId + "."));
        processing.transactionManager(projection).executeInTransaction(() -> queues.of(projection).evict(letter));
        metrics.counter(EVICTED_METRIC, "projection", projection).increment();
        log.warn("Projection {}: {} evicted dead letter {} {} (sequence {}); the projection misses it until a replay",
                projection, by, letter.message().getPayloadType().getSimpleName(), eventId, letter.getSequenceIdentifier());
    }

    /** What a retry did: letters projected, sequences that still fail, letters left in the queue. */
    public record RetryOutcome(String projection, int projected, int stillFailing, long remaining) {
    }

    private static DeadLetterView view(String projection, JdbcDeadLetter<EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        String payloadType = event.getPayloadType().getName();
        Long position = event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                ? tracked.trackingToken().position().stream().boxed().findFirst().orElse(null) : null;
        DomainEventMessage<?> domain = event instanceof DomainEventMessage<?> d ? d : null;
        return new DeadLetterView(projection, letter.getSequenceIdentifier(), letter.getSequenceIndex(),
                event.getIdentifier(), event.getPayloadType().getSimpleName(), position,
                domain == null ? null : domain.getAggregateIdentifier(), domain == null ? null : domain.getSequenceNumber(),
                event.getTimestamp(), letter.enqueuedAt(), letter.lastTouched(),
                letter.cause().map(cause -> new DeadLetterView.Cause(cause.type(), cause.message())).orElse(null),
                DeadLetterMask.payload(payloadType, payloadOf(event)), DeadLetterMask.metadata(JSON.valueToTree(event.getMetaData())));
    }

    private static JsonNode payloadOf(EventMessage<?> event) {
        try {
            return JSON.valueToTree(event.getPayload());
        } catch (RuntimeException unreadable) {
            // masked whole by DeadLetterMask: a text node is never shown
            return JSON.getNodeFactory().textNode("unreadable");
        }
    }
}
