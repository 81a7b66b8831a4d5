package org.juiceledger.standalone.console.security;

import jakarta.servlet.DispatcherType;
import org.juiceledger.platform.user.UserAccountRepository;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The console's own filter chain, ahead of the API's: a sign-in form and a server session (the
 * session cookie is HttpOnly, SameSite=Strict and limited to /console, see application.yml), CSRF
 * tokens on every form. The API chain stays HTTP Basic and stateless. Users, passwords, roles and
 * the sign-in lockout are the API's own: the same UserDetailsService and PasswordEncoder beans,
 * and failed sign-ins here count in {@code LoginFailures} like failed Basic sign-ins. The session
 * timeout is Spring Boot's own {@code server.servlet.session.timeout}, read from its properties object.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurityConfiguration {

    static final String LOGIN = "/console/login";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain consoleSecurity(HttpSecurity http, UserAccountRepository users,
                                        ServerProperties server) throws Exception {
        AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
        forbidden.setErrorPage("/console/forbidden");
        http
                .securityMatcher("/console", "/console/**")
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED)
                        .sessionFixation(fixation -> fixation.changeSessionId()))
                .addFilterBefore(new SignedInUsers(users, server.getServlet().getSession().getTimeout()), AuthorizationFilter.class)
                .formLogin(form -> form.loginPage(LOGIN).loginProcessingUrl(LOGIN)
                        .usernameParameter("username").passwordParameter("password")
                        .defaultSuccessUrl("/console", false)
                        .failureHandler(new SignInFailures(LOGIN))
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/console/logout").logoutSuccessUrl(LOGIN + "?signedOut")
                        .invalidateHttpSession(true).deleteCookies("JSESSIONID"))
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, denied) -> {
                    // a form sent after the session ended has no CSRF token any more: sign in again
                    if (SignedInUsers.sessionEnded(request)) {
                        SignedInUsers.toSignIn(request, response);
                    } else {
                        forbidden.handle(request, response, denied);
                    }
                }))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; style-src 'self'; img-src 'self' data:; script-src 'self'; "
                                        + "form-action 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .cacheControl(cache -> { }))
                .authorizeHttpRequests(requests -> {
                    requests.dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll();
                    ConsoleAccess.rules(requests);
                });
        return http.build();
    }
}
