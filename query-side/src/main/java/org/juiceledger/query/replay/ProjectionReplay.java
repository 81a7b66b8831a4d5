package org.juiceledger.query.replay;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.juiceledger.query.projection.ProjectionHealth;
import org.juiceledger.query.projection.ProjectionProgress;
import org.juiceledger.query.projection.SegmentStall;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds every projection from the first event: each streaming processor stops, its projection's
 * reset handler empties its tables, and it reads the whole store again. Handlers with side effects
 * (notifications) are marked not to run in a replay. Reports stay readable meanwhile; the status
 * says which projections are rebuilding, how far they are, and which are failing.
 */
@Component
public class ProjectionReplay {

    private final EventProcessingConfiguration processing;
    private final ProjectionHealth health;

    ProjectionReplay(EventProcessingConfiguration processing, ProjectionHealth health) {
        this.processing = processing;
        this.health = health;
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
        long head = health.headPosition();
        List<ProcessorStatus> processors = health.progress().stream()
                .map(progress -> statusOf(progress, health.deadLetters(progress.name()), head))
                .toList();
        return new Status(head, processors.stream().anyMatch(ProcessorStatus::rebuilding), processors);
    }

    /** True when every projection has processed every event up to {@code position}. */
    public boolean caughtUpTo(long position) {
        return health.progress().stream().allMatch(p -> p.position() >= position);
    }

    private static ProcessorStatus statusOf(ProjectionProgress progress, long deadLetters, long head) {
        long position = progress.position();
        return new ProcessorStatus(progress.name(), progress.running(), progress.rebuilding(),
                progress.stalled() || deadLetters > 0, progress.claimedSegments(), position,
                head <= 0 ? 100 : Math.max(0, Math.min(100, (int) (100 * Math.max(position, 0) / head))),
                progress.behind(head), progress.stalled(), deadLetters, progress.stalls());
    }

    /** Where the projections are against the newest event. */
    public record Status(long headPosition, boolean rebuilding, List<ProcessorStatus> processors) {
    }

    /**
     * One projection's processor: running, replaying, failing (a stalled segment or dead letters),
     * how far (percent of the head, events behind), and what stopped it.
     */
    public record ProcessorStatus(String name, boolean running, boolean rebuilding, boolean failing, int segments,
                                  long position, int percent, long behind, boolean stalled, long deadLetters,
                                  List<SegmentStall> stalledSegments) {
    }
}
