package org.juiceledger.command.appends;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.juiceledger.platform.cluster.NodeId;
import org.juiceledger.platform.idempotency.EarlierAttempts;
import org.juiceledger.platform.idempotency.RecoveredAnswers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;

/** Pending appends, where the events and the rows commit in two places ({@code juice.appends.record}, Axon Server). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "juice.appends.record", havingValue = "true")
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
                                                    @Value("${juice.appends.settle-after}") Duration settleAfter) {
        return new PendingAppendSettlement(pending, events, processing, answers, Clock.systemUTC(), settleAfter);
    }

    @Bean
    PendingAppendSweeper pendingAppendSweeper(PendingAppends pending, PendingAppendSettlement settlement,
                                              PlatformTransactionManager transactions, JdbcTemplate jdbc,
                                              @Value("${juice.appends.sweep-interval}") Duration interval) {
        return new PendingAppendSweeper(pending, settlement, new TransactionTemplate(transactions), jdbc, interval);
    }

    @Bean
    AppendRecording appendRecording(EventStore events, PendingAppends pending, PendingAppendSweeper sweeper,
                                    NodeId node) {
        return new AppendRecording(events, pending, sweeper, node, Clock.systemUTC());
    }

    @Bean
    EarlierAttempts keyedRetrySettlement(PendingAppends pending, PendingAppendSettlement settlement) {
        return new KeyedRetrySettlement(pending, settlement);
    }
}
