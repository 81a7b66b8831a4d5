package org.juiceledger.query.verification;

/** How far a running verification is; written by the run, read by the status endpoint. */
final class VerificationProgress {

    enum Phase { WAITING_FOR_PROJECTIONS, READING_EVENTS, CHECKING_WALLETS, COMPARING, DONE, FAILED }

    private volatile Phase phase = Phase.WAITING_FOR_PROJECTIONS;
    private volatile String comparing;
    private volatile long eventsRead;
    private volatile long eventsTotal;
    private volatile int compared;

    void phase(Phase phase) {
        this.phase = phase;
    }

    void comparing(String projection, int index, int of) {
        this.comparing = projection;
        this.compared = 100 * index / Math.max(1, of);
        this.phase = Phase.COMPARING;
    }

    void total(long events) {
        this.eventsTotal = events;
    }

    void read(long events) {
        this.eventsRead = events;
    }

    Phase phase() {
        return phase;
    }

    String comparing() {
        return phase == Phase.COMPARING ? comparing : null;
    }

    long eventsRead() {
        return eventsRead;
    }

    long eventsTotal() {
        return eventsTotal;
    }

    /** Reading the events is most of the work: 90 % for reading, the rest for comparing. */
    int percent() {
        return switch (phase) {
            case WAITING_FOR_PROJECTIONS -> 0;
            case READING_EVENTS -> eventsTotal == 0 ? 90 : (int) (90 * eventsRead / eventsTotal);
            case CHECKING_WALLETS -> 90;
            case COMPARING -> 90 + compared / 10;
            case DONE, FAILED -> 100;
        };
    }
}
