package org.juiceledger.platform.user;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.platform.transaction.UniqueKeyViolations;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/** Creates users; the only code that sees a plaintext password, and only to hash it. */
@Service
public class UserRegistry {

    private final UserAccountRepository users;
    private final EntityManager entityManager;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final UniqueKeyViolations uniqueKeys = new UniqueKeyViolations();

    UserRegistry(UserAccountRepository users, EntityManager entityManager, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.entityManager = entityManager;
        this.passwordEncoder = passwordEncoder;
        this.clock = Clock.systemUTC();
    }

    @Transactional
    public UserAccount register(NewUser user, String password, String createdBy) {
        PasswordPolicy.check(user.login(), password);
        if (users.existsById(user.login())) {
            throw new DomainException(ErrorCode.USER_ALREADY_EXISTS, "A user with this login already exists.");
        }
        // Insert only, flushed here: save() would merge, and a user created by another request (or
        // node) since the check above would be overwritten instead of refused.
        UserAccount account = new UserAccount(user, passwordEncoder.encode(password), clock.instant(), createdBy);
        try {
            entityManager.persist(account);
            entityManager.flush();
        } catch (PersistenceException e) {
            if (uniqueKeys.isDuplicateKeyViolation(e)) {
                throw new DomainException(ErrorCode.USER_ALREADY_EXISTS, "A user with this login already exists.");
            }
            throw e;
        }
        return account;
    }

    @Transactional(readOnly = true)
    public boolean exists(String login) {
        return users.existsById(login);
    }
}
