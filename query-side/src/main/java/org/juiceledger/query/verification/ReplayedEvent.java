package org.juiceledger.query.verification;

import java.time.Instant;

/**
 * One stored event as verification reads it: its place in the stream, its deserialized payload and
 * the metadata the projections use.
 */
record ReplayedEvent(long position, String eventId, Object payload, Instant timestamp, String who, String channel) {

    String typeName() {
        return payload.getClass().getSimpleName();
    }

    /** The metadata "who", or "unknown" when missing (as every projection writes it). */
    String whoOrUnknown() {
        return who == null ? "unknown" : who;
    }
}
