package org.juiceledger.query.verification;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code juice.verification.*} (defaults in juice-defaults.yml): how long a run waits for the
 * projections to catch up, how many events it reads a page, how many mismatches it lists, and how
 * long a POST waits for the run before it answers.
 */
@ConfigurationProperties("juice.verification")
record VerificationProperties(Duration catchUpWait, int pageSize, int maxMismatches, Duration answerWithin) {

    VerificationProperties {
        if (catchUpWait == null || catchUpWait.isNegative() || answerWithin == null || answerWithin.isNegative()) {
            throw new IllegalArgumentException("juice.verification.catch-up-wait and answer-within must be zero or more");
        }
        if (pageSize < 1 || maxMismatches < 0) {
            throw new IllegalArgumentException("juice.verification.page-size must be at least 1, max-mismatches 0 or more");
        }
    }

    ProjectionVerifier.Settings runSettings() {
        return new ProjectionVerifier.Settings(catchUpWait, pageSize, maxMismatches);
    }
}
