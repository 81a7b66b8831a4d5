package org.juiceledger.query.projection;

import org.juiceledger.platform.transaction.DatabaseFailures;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.ErrorContext;
import org.axonframework.eventhandling.ErrorHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;

/**
 * What a projection does when a batch fails, in a handler or when the batch's transaction commits (a
 * constraint, a flush). Axon's dead-letter queue wraps only the handler call, so on its own the segment
 * would retry the whole batch for ever and every other sequence in it would wait too.
 * <ul>
 *   <li>A projection with a dead-letter queue projects the batch again {@link EventByEvent event by event}:
 *       the failing event's sequence waits in the queue, the rest of the segment goes on.</li>
 *   <li>One without (the ledger) stops: the batch fails, Axon releases the segment and retries it with
 *       back-off, and {@link ProjectionStalls} shows the stall until the segment gets past the event.</li>
 * </ul>
 * The normal path is untouched: batches run as one transaction; only a failed batch pays per event.
 */
final class FailedBatchHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(FailedBatchHandler.class);

    private final EventProcessingConfiguration processing;
    private final ProjectionStalls stalls;

    FailedBatchHandler(EventProcessingConfiguration processing, ProjectionStalls stalls) {
        this.processing = processing;
        this.stalls = stalls;
    }

    @Override
    public void handleError(ErrorContext context) throws Exception {
        String name = context.eventProcessor();
        Throwable failure = context.error();
        List<? extends EventMessage<?>> batch = context.failedEvents();
        Optional<PooledStreamingEventProcessor> processor =
                processing.eventProcessor(name, PooledStreamingEventProcessor.class);
        Optional<Segment> segment = processor.flatMap(p -> batch.isEmpty() ? Optional.empty() : segmentOf(p, batch.get(0)));
        if (segment.isEmpty()) {
            throw rethrown(failure);
        }
        int segmentId = segment.get().getSegmentId();
        EventMessage<?> first = batch.get(0);
        stalls.stalled(name, segmentId, positionOf(first), first.getPayloadType().getSimpleName(),
                DeadLetterCause.describe(failure));
        Optional<SequencedDeadLetterQueue<EventMessage<?>>> deadLetters = processing.deadLetterQueue(name);
        if (DatabaseFailures.isUnavailable(failure)) {
            log.warn("Projection {} segment {} waits for the database: {}", name, segmentId,
                    DeadLetterCause.describe(failure));
            throw rethrown(failure);
        }
        if (deadLetters.isEmpty()) {
            log.error("Projection {} stopped in segment {} at position {} ({}): {}. It retries with back-off;"
                            + " fix the cause and it goes on by itself.", name, segmentId, positionOf(first),
                    first.getPayloadType().getSimpleName(), DeadLetterCause.describe(failure));
            throw rethrown(failure);
        }
        log.warn("Projection {} segment {}: a batch of {} events from position {} failed ({}); projecting it event by event",
                name, segmentId, batch.size(), positionOf(first), DeadLetterCause.describe(failure));
        EventByEvent eventByEvent = new EventByEvent(processor.get(), segment.get(), deadLetters.get(),
                processing.sequencingPolicy(name), processing.tokenStore(name), processing.transactionManager(name));
        try {
            eventByEvent.project(batch);
        } catch (Exception stillFailing) {
            stalls.stalled(name, segmentId, positionOf(first), first.getPayloadType().getSimpleName(),
                    DeadLetterCause.describe(stillFailing));
            log.error("Projection {} segment {}: cannot even dead-letter the failing event; the segment stops and retries"
                    + " with back-off", name, segmentId, stillFailing);
            throw stillFailing;
        }
        stalls.cleared(name, segmentId);
    }

    /** The segment the batch belongs to: a work package only gets events of its own segment. */
    private static Optional<Segment> segmentOf(PooledStreamingEventProcessor processor, EventMessage<?> event) {
        return processor.processingStatus().values().stream()
                .map(EventTrackerStatus::getSegment)
                .filter(segment -> processor.eventHandlerInvoker().canHandle(event, segment))
                .findFirst();
    }

    private static long positionOf(EventMessage<?> event) {
        return event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                ? tracked.trackingToken().position().orElse(-1) : -1;
    }

    private static Exception rethrown(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        return failure instanceof Exception exception ? exception : new IllegalStateException(failure);
    }
}
