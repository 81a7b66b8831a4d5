package org.juiceledger.query.projection;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stalled segments of each projection on this node. Axon forgets a segment's status when it
 * releases a failing segment (and retries it later with back-off), so the processor's own status
 * would show nothing wrong while the segment is released: this registry keeps the stall until the
 * segment has moved past the event that failed.
 */
@Component
public class ProjectionStalls {

    private final Map<String, Map<Integer, SegmentStall>> stalls = new ConcurrentHashMap<>();
    private final Clock clock;

    ProjectionStalls(Clock clock) {
        this.clock = clock;
    }

    void stalled(String processor, int segment, long eventPosition, String eventType, String error) {
        stalls.computeIfAbsent(processor, name -> new ConcurrentHashMap<>()).merge(segment,
                new SegmentStall(segment, eventPosition, eventType, error, clock.instant(), 1),
                (earlier, latest) -> earlier.eventPosition() == eventPosition ? earlier.again(error) : latest);
    }

    void cleared(String processor, int segment) {
        Map<Integer, SegmentStall> ofProcessor = stalls.get(processor);
        if (ofProcessor != null) {
            ofProcessor.remove(segment);
        }
    }

    /**
     * The processor's stalls, after dropping those whose segment this node has seen move past the
     * failed event ({@code movedPast} tells, for a segment, whether it is claimed here at or beyond it).
     */
    public List<SegmentStall> of(String processor, MovedPast movedPast) {
        Map<Integer, SegmentStall> ofProcessor = stalls.get(processor);
        if (ofProcessor == null) {
            return List.of();
        }
        ofProcessor.values().removeIf(stall -> movedPast.test(stall.segment(), stall.eventPosition()));
        return ofProcessor.values().stream().sorted(Comparator.comparingInt(SegmentStall::segment)).toList();
    }

    /** Whether a segment, claimed here, has processed the event at a position. */
    @FunctionalInterface
    public interface MovedPast {
        boolean test(int segment, long eventPosition);

        static MovedPast never() {
            return (segment, position) -> false;
        }
    }
}
