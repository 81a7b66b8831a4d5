package org.juiceledger.platform.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;

/**
 * Wires the {@link IdempotencyKeyFilter}. It belongs in the security filter chain (see
 * SecurityConfiguration), so the servlet container must not run it a second time on its own.
 */
@Configuration(proxyBeanMethods = false)
public class IdempotencyConfiguration {

    @Bean
    IdempotencyStore idempotencyStore(JdbcTemplate jdbc,
                                      @Value("${juice.idempotency.retention:PT24H}") Duration retention,
                                      @Value("${juice.idempotency.in-progress-timeout:PT10M}") Duration inProgressTimeout) {
        return new IdempotencyStore(jdbc, retention, inProgressTimeout, Clock.systemUTC());
    }

    @Bean
    public IdempotencyKeyFilter idempotencyKeyFilter(IdempotencyStore store, ObjectMapper json) {
        return new IdempotencyKeyFilter(store, json);
    }

    @Bean
    FilterRegistrationBean<IdempotencyKeyFilter> idempotencyKeyFilterRegistration(IdempotencyKeyFilter filter) {
        FilterRegistrationBean<IdempotencyKeyFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }
}
