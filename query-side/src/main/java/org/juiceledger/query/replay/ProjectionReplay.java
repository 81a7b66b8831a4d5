package org.juiceledger.query.replay;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Rebuilds every projection from the first event: each streaming processor stops, its projection's
 * reset handler empties its tables, and it reads the whole store again. Handlers with side effects
 * (notifications) are marked not to run in a replay. Reports stay readable meanwhile; the status
 * says which projections are rebuilding and how far they are.
 */
@Component
public class ProjectionReplay {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;

    ProjectionReplay(EventProcessingConfiguration processing, EventStore eventStore) {
        this.processing = processing;
        this.eventStore = eventStore;
    }

    /** Starts a replay of every streaming processor; returns their names. */
    public List<String> replayAll() {
        List<String> replayed = new ArrayList<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming && streaming.supportsReset()) {
                streaming.shutDown();
                streaming.resetTokens();
                streaming.start();
                replayed.add(name);
            }
        });
        return replayed;
    }

    public Status status() {
        long head = position(eventStore.createHeadToken());
        List<ProcessorStatus> processors = new ArrayList<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                processors.add(statusOf(name, streaming, head));
            }
        });
        return new Status(head, processors.stream().anyMatch(ProcessorStatus::rebuilding), processors);
    }

    /** True when every projection has processed every event up to {@code position}. */
    public boolean caughtUpTo(long position) {
        return status().processors().stream().allMatch(p -> p.position() >= position);
    }

    private static ProcessorStatus statusOf(String name, StreamingEventProcessor processor, long head) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        long position = segments.isEmpty() ? -1 : segments.values().stream()
                .mapToLong(s -> s.getCurrentPosition().orElse(-1)).min().orElse(-1);
        boolean replaying = segments.values().stream().anyMatch(ProjectionReplay::stillReplaying);
        boolean failing = segments.values().stream().anyMatch(EventTrackerStatus::isErrorState);
        return new ProcessorStatus(name, processor.isRunning(), replaying, failing, segments.size(), position,
                head <= 0 ? 100 : Math.max(0, Math.min(100, (int) (100 * Math.max(position, 0) / head))));
    }

    /**
     * Axon keeps a segment marked as replaying until an event newer than the reset arrives; it has
     * rebuilt everything once it reached the position the store had at the reset.
     */
    private static boolean stillReplaying(EventTrackerStatus segment) {
        return segment.isReplaying() && segment.getCurrentPosition().orElse(-1) < segment.getResetPosition().orElse(0);
    }

    private static long position(TrackingToken token) {
        if (token == null) {
            return 0;
        }
        OptionalLong position = token.position();
        return position.orElse(0);
    }

    /** Where the projections are against the newest event. */
    public record Status(long headPosition, boolean rebuilding, List<ProcessorStatus> processors) {
    }

    /** One projection's processor: running, replaying, in error, how far (percent of the head). */
    public record ProcessorStatus(String name, boolean running, boolean rebuilding, boolean failing, int segments,
                                  long position, int percent) {
    }
}
