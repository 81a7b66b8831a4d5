package org.juiceledger.command.appends;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.juiceledger.platform.cluster.NodeId;
import org.juiceledger.platform.idempotency.EarlierAttempts;
import org.juiceledger.platform.idempotency.RecoveredAnswers;
import org.juiceledger.platform.time.IdSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/** Pending appends, where the events and the rows commit in two places ({@code juice.appends.record}, Axon Server). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "juice.appends.record", havingValue = "true")
@EnableConfigurationProperties(AppendsProperties.class)
class AppendsConfiguration {

    @Bean(destroyMethod = "close")
    OwnTransactions ownTransactions(DataSourceProperties database) {
        return new OwnTransactions(database);
    }

    @Bean
    PendingAppends pendingAppends(JdbcTemplate jdbc, OwnTransactions own) {
        return new PendingAppends(jdbc, own.jdbc());
    }

    @Bean
    PendingAppendSettlement pendingAppendSettlement(PendingAppends pending, EventStore events,
                                                    EventProcessingConfiguration processing, RecoveredAnswers answers,
                                                    AppendsProperties settings, Clock clock) {
        return new PendingAppendSettlement(pending, events, processing, answers, clock,
                settings.settleAfter());
    }

    @Bean
    PendingAppendSweeper pendingAppendSweeper(PendingAppends pending, PendingAppendSettlement settlement,
                                              PlatformTransactionManager transactions, JdbcTemplate jdbc,
                                              AppendsProperties settings) {
        return new PendingAppendSweeper(pending, settlement, new TransactionTemplate(transactions), jdbc,
                settings.sweepInterval());
    }

    @Bean
    AppendRecording appendRecording(EventStore events, PendingAppends pending, PendingAppendSweeper sweeper,
                                    NodeId node, Clock clock, IdSource ids) {
        return new AppendRecording(events, pending, sweeper, node, clock, ids);
    }

    @Bean
    EarlierAttempts keyedRetrySettlement(PendingAppends pending, PendingAppendSettlement settlement) {
        return new KeyedRetrySettlement(pending, settlement);
    }
}
