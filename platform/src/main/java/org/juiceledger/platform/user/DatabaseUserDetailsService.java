package org.juiceledger.platform.user;

import org.juiceledger.platform.security.LoginFailures;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signs users in from the {@code app_user} table. */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final LoginFailures failures;

    DatabaseUserDetailsService(UserAccountRepository users, LoginFailures failures) {
        this.users = users;
        this.failures = failures;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String login) {
        UserAccount account = users.findById(login)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return User.withUsername(account.login())
                .password(account.passwordHash())
                .disabled(!account.enabled())
                .accountLocked(failures.locked(login))
                .authorities(account.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList())
                .build();
    }
}
