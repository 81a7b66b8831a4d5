package org.juiceledger.command.account;

/**
 * Whether the event store holds an aggregate already. Asked before an aggregate is created under an
 * identifier the client chose, so that a taken one is refused alike with either store: Axon Server
 * reports a taken first sequence number only as a lost race (AXONIQ-2000), the JDBC store as a
 * failed stream creation. A creation racing another one still loses at the append; it is retried,
 * and the retry is refused here.
 */
public interface ExistingAggregates {

    boolean exists(String aggregateId);
}
