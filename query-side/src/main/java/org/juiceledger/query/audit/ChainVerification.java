package org.juiceledger.query.audit;

/**
 * The outcome of recomputing the hash chain from the stored events, up to {@code linkedUpTo} (the
 * chain's head when the verification started). When broken, names the first event where it breaks.
 */
public record ChainVerification(long eventsChecked, boolean intact, Long firstBrokenPosition,
                                String firstBrokenEventId, Problem problem, String reason,
                                long linkedUpTo, String headHash) {

    /** What was found at the first break. */
    public enum Problem {
        /** The stored payload is not the one that was linked. */
        PAYLOAD_CHANGED,
        /** The stored metadata (who, channel, correlation id, ...) is not the one that was linked. */
        METADATA_CHANGED,
        /** Another column of the event (ids, types, revision, timestamp) or its stored link changed. */
        EVENT_CHANGED,
        /** Another event stands at a linked position. */
        EVENT_REPLACED,
        /** A linked event is gone. */
        EVENT_DELETED,
        /** An event stands at a position below the head that was never linked. */
        EVENT_INSERTED,
        /** The chain table itself was altered: a link does not name the one before it. */
        CHAIN_ALTERED,
        /** The store holds events but nothing is linked yet: nothing is vouched for. */
        UNLINKED
    }

    static ChainVerification intact(long eventsChecked, long linkedUpTo, String headHash) {
        return new ChainVerification(eventsChecked, true, null, null, null, null, linkedUpTo, headHash);
    }

    static ChainVerification broken(long eventsChecked, long position, String eventId, Problem problem,
                                    String reason, long linkedUpTo, String headHash) {
        return new ChainVerification(eventsChecked, false, position, eventId, problem, reason, linkedUpTo, headHash);
    }
}
