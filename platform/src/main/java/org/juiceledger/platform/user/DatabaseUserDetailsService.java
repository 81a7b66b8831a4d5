package org.juiceledger.platform.user;

import org.juiceledger.platform.security.LoginFailures;
import org.juiceledger.platform.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;

/**
 * Signs users in from the {@code app_user} table. HTTP Basic signs in on every request, so the
 * user, their roles and their recent failed sign-ins are read in one statement, outside a
 * transaction: one round trip, where a JPA load took four.
 */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private static final String USER_ROLES_AND_FAILURES = "select u.password_hash, u.enabled, r.role, "
            + "(select count(*) from login_failure f where f.login = ? and f.failed_at >= ?) "
            + "from app_user u left join app_user_role r on r.login = u.login where u.login = ?";

    private final JdbcTemplate jdbc;
    private final LoginFailures failures;

    DatabaseUserDetailsService(JdbcTemplate jdbc, LoginFailures failures) {
        this.jdbc = jdbc;
        this.failures = failures;
    }

    @Override
    public UserDetails loadUserByUsername(String login) {
        LoginFailures.Window window = failures.windowOf(login);
        List<Row> rows = jdbc.query(USER_ROLES_AND_FAILURES, (row, i) -> new Row(row.getString(1), row.getBoolean(2),
                row.getString(3), row.getLong(4)), window.key(), window.since(), login);
        if (rows.isEmpty()) {
            throw new UsernameNotFoundException("unknown user");
        }
        Row user = rows.get(0);
        List<SimpleGrantedAuthority> authorities = new ArrayList<>();
        for (Row row : rows) {
            if (row.role() != null) {
                authorities.add(new SimpleGrantedAuthority(Role.valueOf(row.role()).authority()));
            }
        }
        return User.withUsername(login)
                .password(user.passwordHash())
                .disabled(!user.enabled())
                .accountLocked(failures.locks(user.failures()))
                .authorities(authorities)
                .build();
    }

    private record Row(String passwordHash, boolean enabled, String role, long failures) {
    }
}
