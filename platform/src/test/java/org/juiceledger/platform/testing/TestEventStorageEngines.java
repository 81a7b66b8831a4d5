package org.juiceledger.platform.testing;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;

/** Axon's JDBC engine as the tests on a database of their own build it: Jackson, Axon's schema, no transactions. */
public final class TestEventStorageEngines {

    private TestEventStorageEngines() {
    }

    public static JdbcEventStorageEngine.Builder jdbc(ConnectionProvider connections) {
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        return JdbcEventStorageEngine.builder()
                .connectionProvider(connections)
                .transactionManager(NoTransactionManager.INSTANCE)
                .persistenceExceptionResolver(exception -> false)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .schema(new EventSchema());
    }
}
