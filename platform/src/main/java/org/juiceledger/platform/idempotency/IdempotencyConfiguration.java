package org.juiceledger.platform.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import org.juiceledger.platform.time.IdSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;

import java.time.Clock;


/**
 * Wires the {@link IdempotencyKeyFilter}. It belongs in the security filter chain (see
 * SecurityConfiguration), so the servlet container must not run it a second time on its own.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotencyConfiguration {

    @Bean
    IdempotencyStore idempotencyStore(JdbcTemplate jdbc, DataSource dataSource, IdempotencyProperties settings,
                                      Clock clock, IdSource ids) {
        return new IdempotencyStore(jdbc, settings.retention(),
                new LockWait(settings.waitForFirst(), isPostgres(dataSource)), clock, ids);
    }

    @Bean
    public IdempotencyKeyFilter idempotencyKeyFilter(IdempotencyStore store, PlatformTransactionManager transactions,
                                                     ObjectMapper json, ObjectProvider<EarlierAttempts> earlierAttempts) {
        return new IdempotencyKeyFilter(store, new KeyedTransaction(transactions, store),
                earlierAttempts.getIfAvailable(() -> EarlierAttempts.NONE), json);
    }

    /** Read from the configured URL, without a connection: the database may be down at start-up. */
    private static boolean isPostgres(DataSource dataSource) {
        return dataSource instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null
                && hikari.getJdbcUrl().startsWith("jdbc:postgresql:");
    }

    @Bean
    FilterRegistrationBean<IdempotencyKeyFilter> idempotencyKeyFilterRegistration(IdempotencyKeyFilter filter) {
        FilterRegistrationBean<IdempotencyKeyFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }
}
