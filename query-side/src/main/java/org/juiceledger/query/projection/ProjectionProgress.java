package org.juiceledger.query.projection;

import java.util.List;

/**
 * How far one projection's processor is. {@code position} is the lowest position of its segments
 * (claimed here, held by another node, or stalled); {@code stalls} the segments that stopped on a
 * failure here, claimed or released; {@code claimedSegments} those this node holds.
 */
public record ProjectionProgress(String name, boolean running, boolean rebuilding, int claimedSegments,
                                 long position, List<SegmentStall> stalls) {

    /** A segment has stopped: waiting for this projection to catch up is pointless. */
    public boolean stalled() {
        return !stalls.isEmpty();
    }

    /** Whether waiting can make this projection reach {@code position}. */
    public boolean worthWaitingFor(long target) {
        return running && !rebuilding && !stalled() && position < target;
    }

    /** How many positions of the event stream it trails {@code head} by (at least). */
    public long behind(long head) {
        return Math.max(0, head - Math.max(position, 0));
    }
}
