package org.juiceledger.query.verification;

import java.util.List;
import java.util.Map;

/**
 * What a verification found.
 *
 * @param eventsReplayed     events read, up to and including {@code headPosition}
 * @param headPosition       the newest event's position in the snapshot verified (0: empty store)
 * @param rowsCompared       rows of each projection table compared
 * @param mismatchCount      every mismatch found (the list holds at most {@code juice.verification.max-mismatches})
 * @param mismatchesByProjection the count of each projection (and of {@code wallet_event_balance}, {@code event_store})
 * @param mismatches         the first mismatches found, in projection order
 * @param notCaughtUp        processors that had not reached the head when the snapshot was taken
 */
public record VerificationReport(long eventsReplayed, long headPosition, Map<String, Long> rowsCompared,
                                 long mismatchCount, Map<String, Long> mismatchesByProjection,
                                 List<Mismatch> mismatches, List<Lagging> notCaughtUp) {

    /** A projection processor behind the head: its mismatches may only mean it had not processed them yet. */
    public record Lagging(String processor, long position) {
    }
}
