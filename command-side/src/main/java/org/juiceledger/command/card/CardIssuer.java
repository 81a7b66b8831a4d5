package org.juiceledger.command.card;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.juiceledger.kernel.money.Money;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Starts a {@link CardIssuance} where the events live in PostgreSQL through Axon's JDBC engine. It
 * stages events with an engine of its own over a temporary table: Axon's serialization and
 * upcasting metadata, exactly as the event store would write them.
 * Elsewhere (the H2 standalone, Axon Server) there is none, and cards are created as aggregates.
 */
@Component
class CardIssuer {

    private final JdbcTemplate jdbc;
    private final CardLookups lookups;
    private final EventStorageEngine staging;

    CardIssuer(JdbcTemplate jdbc, CardLookups lookups, DataSource dataSource,
               ObjectProvider<EventStorageEngine> eventStore, @Qualifier("eventSerializer") Serializer eventSerializer,
               ConnectionProvider connections, TransactionManager transactions,
               PersistenceExceptionResolver exceptions) throws SQLException {
        this.jdbc = jdbc;
        this.lookups = lookups;
        this.staging = eventStore.getIfAvailable() instanceof JdbcEventStorageEngine && isPostgres(dataSource)
                ? JdbcEventStorageEngine.builder()
                        .schema(EventSchema.builder().eventTable(CardIssuance.STAGE).build())
                        .eventSerializer(eventSerializer).snapshotSerializer(eventSerializer)
                        .connectionProvider(connections).transactionManager(transactions)
                        .persistenceExceptionResolver(exceptions).build()
                : null;
    }

    /** Empty where cards must be created as aggregates. */
    Optional<CardIssuance> start(String batchId, Money denomination) {
        return staging == null ? Optional.empty()
                : Optional.of(CardIssuance.start(jdbc, staging, lookups, batchId, denomination));
    }

    private static boolean isPostgres(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
        }
    }
}
