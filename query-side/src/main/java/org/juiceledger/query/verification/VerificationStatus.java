package org.juiceledger.query.verification;

import java.time.Instant;

/**
 * One verification run as the status resource shows it.
 *
 * @param state     RUNNING, DONE or FAILED
 * @param phase     WAITING_FOR_PROJECTIONS, READING_EVENTS, CHECKING_WALLETS, COMPARING, DONE or FAILED
 * @param comparing the projection being compared (phase COMPARING)
 * @param result    the report, once DONE
 * @param failure   why it failed, once FAILED
 */
public record VerificationStatus(String id, String state, String phase, String comparing, long eventsRead,
                                 long eventsTotal, int percent, String startedBy, Instant startedAt,
                                 Instant finishedAt, VerificationReport result, String failure) {
}
