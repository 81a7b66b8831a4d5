package org.juiceledger.query.projection;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.query.projection.ProjectionNames;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The projections that have a dead-letter queue, and the letters in them, in sequence order. */
@Component
class DeadLetterQueues {

    private final EventProcessingConfiguration processing;

    DeadLetterQueues(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    List<String> projections() {
        return ProjectionNames.ALL.stream().filter(name -> processing.deadLetterQueue(name).isPresent()).toList();
    }

    SequencedDeadLetterQueue<EventMessage<?>> of(String projection) {
        return processing.deadLetterQueue(projection).orElseThrow(() -> new DomainException(
                ErrorCode.PROJECTION_NOT_FOUND, "No projection with a dead-letter queue is called " + projection + "."));
    }

    /** The sequences that hold dead letters, at most {@code limit}. */
    List<String> sequences(String projection, int limit) {
        List<String> sequences = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : of(projection).deadLetters()) {
            if (sequences.size() >= limit) {
                break;
            }
            first(sequence).ifPresent(letter -> sequences.add(letter.getSequenceIdentifier()));
        }
        return sequences;
    }

    Optional<JdbcDeadLetter<EventMessage<?>>> firstOf(String projection, String sequence) {
        return first(of(projection).deadLetterSequence(sequence));
    }

    /** Visits letters, sequence by sequence, until {@code visitor} has seen {@code limit} of them. */
    void forEach(String projection, int limit, Consumer<JdbcDeadLetter<EventMessage<?>>> visitor) {
        int seen = 0;
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : of(projection).deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                if (seen++ >= limit) {
                    return;
                }
                visitor.accept(jdbc(letter));
            }
        }
    }

    private static Optional<JdbcDeadLetter<EventMessage<?>>> first(Iterable<DeadLetter<? extends EventMessage<?>>> sequence) {
        for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
            return Optional.of(jdbc(letter));
        }
        return Optional.empty();
    }

    /** The queues are Axon's JDBC ones (ProjectionFailureConfiguration): their letters know their row. */
    @SuppressWarnings("unchecked")
    private static JdbcDeadLetter<EventMessage<?>> jdbc(DeadLetter<? extends EventMessage<?>> letter) {
        return (JdbcDeadLetter<EventMessage<?>>) letter;
    }
}
