package org.juiceledger.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.juiceledger.platform.idempotency.IdempotencyKeyFilter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

import java.time.Clock;

/**
 * HTTP Basic for every API client, no sessions, no CSRF (no cookies are issued). What each role
 * may do is decided on the controller methods with {@code @PreAuthorize}; here only the public
 * paths are opened.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper json, IdempotencyKeyFilter idempotency)
            throws Exception {
        ProblemAuthenticationEntryPoint problems = new ProblemAuthenticationEntryPoint(json);
        http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                                        + "object-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        // the customer web page: no login; its form carries a signed token of its own (no cookies)
                        .requestMatchers(HttpMethod.GET, "/redeem").permitAll()
                        .requestMatchers(HttpMethod.POST, "/redeem").permitAll()
                        .anyRequest().authenticated())
                // after sign-in and access checks, so Idempotency-Keys are scoped to the user
                .addFilterAfter(idempotency, AuthorizationFilter.class);
        return http.build();
    }

    /**
     * Spring Security observes nothing of its own (filter chain, sign-in, access checks): wrapped in
     * observations, each request cost more CPU in them than in the checks they timed. Requests stay
     * observed as a whole ({@code http.server.requests}).
     */
    @Bean
    static SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy(Role.SUPERVISOR.authority() + " > " + Role.CASHIER.authority());
    }

    /** bcrypt; a verified password is remembered for {@code juice.security.password-remembered} (PT0S: never). */
    @Bean
    PasswordEncoder passwordEncoder(SecurityProperties settings, Clock clock) {
        return new RecentlyVerifiedPasswords(new BCryptPasswordEncoder(), settings.passwordRemembered(), clock);
    }
}
