package org.juiceledger.query.projection;

import java.time.Instant;

/**
 * A segment of a projection that stopped because a batch failed and could not be dead-lettered:
 * {@code eventPosition} is the first event of the failed batch, {@code attempts} how often it failed.
 */
public record SegmentStall(int segment, long eventPosition, String eventType, String error, Instant since,
                           int attempts) {

    SegmentStall again(String latestError) {
        return new SegmentStall(segment, eventPosition, eventType, latestError, since, attempts + 1);
    }
}
