package org.juiceledger.command.config;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An account's stream grows with every transaction: after every {@code juice.snapshots.account-every}
 * events its state is stored as a snapshot, so loading it reads the snapshot and the events after it.
 */
@Configuration(proxyBeanMethods = false)
public class SnapshotConfiguration {

    public static final String ACCOUNT_SNAPSHOTS = "accountSnapshotTrigger";

    @Bean(ACCOUNT_SNAPSHOTS)
    SnapshotTriggerDefinition accountSnapshotTrigger(Snapshotter snapshotter,
                                                     @Value("${juice.snapshots.account-every:100}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
