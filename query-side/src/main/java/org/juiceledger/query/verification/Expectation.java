package org.juiceledger.query.verification;

/** Derives, from each event in stream order, the rows one group of projections must hold. */
interface Expectation {

    void apply(ReplayedEvent event);

    /** After the last event: write whatever was only known at the end. */
    default void finish() {
    }
}
