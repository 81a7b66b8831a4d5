package org.juiceledger.platform.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Counts failed sign-ins per login and client address in the database (so the count holds across
 * nodes); after too many in a window that login is locked from that address for the rest of the
 * window, right password or not. Keyed by address too, so nobody can lock a user out from elsewhere.
 */
@Component
@EnableConfigurationProperties(LoginProperties.class)
public class LoginFailures {

    private final JdbcTemplate jdbc;
    private final int maxFailures;
    private final Duration window;
    private final Clock clock;

    LoginFailures(JdbcTemplate jdbc, LoginProperties settings, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = settings.maxFailures();
        this.window = settings.window();
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        Instant now = clock.instant();
        jdbc.update("insert into login_failure (login, failed_at) values (?, ?)",
                key(String.valueOf(event.getAuthentication().getName())), Timestamp.from(now));
        jdbc.update("delete from login_failure where failed_at < ?", Timestamp.from(now.minus(window.multipliedBy(4))));
    }

    /** Which failures count against this login now: those under its key (login and address) since the window's start. */
    public Window windowOf(String login) {
        return new Window(key(login), Timestamp.from(clock.instant().minus(window)));
    }

    /** Whether this many failures in the window lock the login. */
    public boolean locks(long failuresInWindow) {
        return failuresInWindow >= maxFailures;
    }

    /** The failures that count: {@code login_failure} rows with this key at or after {@code since}. */
    public record Window(String key, Timestamp since) {
    }

    /** The login and the address it came from, the way the failures are counted. */
    private static String key(String login) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        String address = request instanceof ServletRequestAttributes servlet ? servlet.getRequest().getRemoteAddr() : "-";
        String key = login + "@" + address;
        return key.length() > 128 ? key.substring(0, 128) : key;
    }
}
