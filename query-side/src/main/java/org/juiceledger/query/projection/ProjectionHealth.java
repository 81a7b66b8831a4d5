package org.juiceledger.query.projection;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.juiceledger.query.projection.SegmentsHeldElsewhere.Position;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Where the projections are and what is wrong with them: progress of every streaming processor
 * (from memory for the segments this node holds, from the token store for those other nodes hold),
 * its stalled segments, and the number of its dead letters (one query per projection).
 */
@Component
public class ProjectionHealth {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final ProjectionStalls stalls;
    private final SegmentsHeldElsewhere elsewhere;

    ProjectionHealth(EventProcessingConfiguration processing, EventStore eventStore, ProjectionStalls stalls,
                     SegmentsHeldElsewhere elsewhere) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.stalls = stalls;
        this.elsewhere = elsewhere;
    }

    /** The position of the newest stored event (0 for an empty store). */
    public long headPosition() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }

    public List<ProjectionProgress> progress() {
        return progress(name -> true);
    }

    public List<ProjectionProgress> progress(Predicate<String> names) {
        List<ProjectionProgress> progress = new ArrayList<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (names.test(name) && processor instanceof StreamingEventProcessor streaming) {
                progress.add(progressOf(name, streaming));
            }
        });
        return progress;
    }

    /** The number of dead letters of a projection; 0 for one without a dead-letter queue. */
    public long deadLetters(String projection) {
        return processing.deadLetterQueue(projection).map(SequencedDeadLetterQueue::size).orElse(0L);
    }

    private ProjectionProgress progressOf(String name, StreamingEventProcessor processor) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        List<SegmentStall> stalled = stalls.of(name, (segment, eventPosition) -> {
            EventTrackerStatus status = segments.get(segment);
            return status != null && !status.isErrorState() && status.getCurrentPosition().orElse(-1) >= eventPosition;
        });
        List<Position> heldElsewhere = elsewhere.of(name, processor, segments.keySet(), this::headPosition);
        long position = Stream.of(
                segments.values().stream().mapToLong(s -> s.getCurrentPosition().orElse(-1)),
                heldElsewhere.stream().mapToLong(Position::position),
                stalled.stream().mapToLong(stall -> stall.eventPosition() - 1)).flatMapToLong(p -> p).min().orElse(-1);
        boolean rebuilding = segments.values().stream().anyMatch(ProjectionHealth::stillReplaying)
                || heldElsewhere.stream().anyMatch(Position::rebuilding);
        return new ProjectionProgress(name, processor.isRunning(), rebuilding, segments.size(), position,
                withErrorStates(stalled, segments));
    }

    /** Segments Axon itself shows in error (claimed, retrying) count as stalled too. */
    private static List<SegmentStall> withErrorStates(List<SegmentStall> stalled, Map<Integer, EventTrackerStatus> segments) {
        List<SegmentStall> all = new ArrayList<>(stalled);
        segments.forEach((segment, status) -> {
            if (status.isErrorState() && all.stream().noneMatch(s -> s.segment() == segment)) {
                all.add(new SegmentStall(segment, status.getCurrentPosition().orElse(-1) + 1, null,
                        status.getError() == null ? "unknown" : DeadLetterCause.describe(status.getError()), null, 1));
            }
        });
        return List.copyOf(all);
    }

    /**
     * Axon keeps a segment marked as replaying until an event newer than the reset arrives; it has
     * rebuilt everything once it reached the position the store had at the reset.
     */
    private static boolean stillReplaying(EventTrackerStatus segment) {
        return segment.isReplaying() && segment.getCurrentPosition().orElse(-1) < segment.getResetPosition().orElse(0);
    }
}
