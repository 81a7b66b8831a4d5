package org.juiceledger.platform.transaction;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;

/** Axon's transactions, connections and command gateway, in place of Axon's own defaults. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CommandSettings.class)
public class CommandTransactionsConfiguration {

    /** A command's unit of work: its own transaction, or a savepoint in a keyed request's. */
    @Bean
    JoiningTransactionManager commandTransactionManager(PlatformTransactionManager transactions, DataSource dataSource) {
        return new JoiningTransactionManager(transactions, dataSource);
    }

    /** Everything else Axon runs in a transaction: part of the one running, if any (no savepoints). */
    @Bean
    @Primary
    TransactionManager axonTransactionManager(JoiningTransactionManager commandTransactions) {
        return new ParticipatingTransactionManager(commandTransactions);
    }

    /**
     * Connections from the Spring transaction alone. Axon's default wraps them per unit of work and
     * rolls the whole connection back when a unit of work fails, which would also undo the keyed
     * request's transaction around it.
     */
    @Bean
    ConnectionProvider connectionProvider(DataSource dataSource) {
        return new SpringDataSourceConnectionProvider(dataSource);
    }

    @Bean
    PersistenceExceptionResolver uniqueKeyViolations() {
        return new UniqueKeyViolations();
    }

    @Bean
    CommandGateway commandGateway(CommandBus commandBus, CommandSettings settings) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(new ConflictRetry(settings.conflictRetries()))
                .build();
    }
}
