package org.juiceledger.query.audit;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;

/**
 * Picks how audit, the hash chain and verification read the events: {@code juice.audit.event-reader}
 * is {@code sql} (the JDBC store's table, the default without Axon Server) or {@code event-store}
 * (Axon's event store API, the default and the only choice with Axon Server). Reading the table
 * while Axon Server holds the events would show an empty history and vouch for a chain over
 * nothing, so that combination does not start.
 */
@Configuration(proxyBeanMethods = false)
class EventReaderConfiguration {

    static final String PROPERTY = "juice.audit.event-reader";

    @Bean
    EventReader eventReader(Environment environment, JdbcTemplate jdbc, ObjectProvider<EventStore> eventStore,
                            ObjectProvider<org.axonframework.config.Configuration> axon, ChainStore chain) {
        boolean axonServer = environment.getProperty("axon.axonserver.enabled", Boolean.class, true);
        String reader = environment.getProperty(PROPERTY, axonServer ? "event-store" : "sql");
        Duration arrival = environment.getProperty("juice.audit.event-store.arrival-timeout", Duration.class,
                Duration.ofSeconds(30));
        return switch (reader) {
            case "sql" -> {
                if (axonServer) {
                    throw new IllegalStateException(PROPERTY + "=sql reads domainevententry, which Axon Server "
                            + "never fills: use event-store with Axon Server");
                }
                yield new SqlEventReader(jdbc);
            }
            case "event-store" -> new EventStoreApiReader(eventStore.getObject(),
                    () -> axon.getObject().eventSerializer(), !axonServer, chain::positionsOf, arrival);
            default -> throw new IllegalStateException(PROPERTY + " must be sql or event-store, not '" + reader + "'");
        };
    }
}
