package org.juiceledger.platform.user;

import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/** Creates users; the only code that sees a plaintext password, and only to hash it. */
@Service
public class UserRegistry {

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    UserRegistry(UserAccountRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = Clock.systemUTC();
    }

    @Transactional
    public UserAccount register(NewUser user, String password, String createdBy) {
        PasswordPolicy.check(user.login(), password);
        if (users.existsById(user.login())) {
            throw new DomainException(ErrorCode.USER_ALREADY_EXISTS, "A user with this login already exists.");
        }
        return users.save(new UserAccount(user, passwordEncoder.encode(password), clock.instant(), createdBy));
    }

    @Transactional(readOnly = true)
    public boolean exists(String login) {
        return users.existsById(login);
    }
}
