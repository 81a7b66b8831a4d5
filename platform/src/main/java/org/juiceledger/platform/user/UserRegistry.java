package org.juiceledger.platform.user;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.platform.request.CurrentRequestOrigin;
import org.juiceledger.platform.security.Role;
import org.juiceledger.platform.transaction.UniqueKeyViolations;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Creates and changes users; the only code that sees a plaintext password, and only to hash it.
 * Every change is recorded in {@link UserChanges} in the same transaction.
 */
@Service
public class UserRegistry {

    private final UserAccountRepository users;
    private final EntityManager entityManager;
    private final PasswordEncoder passwordEncoder;
    private final UserChanges changes;
    private final Clock clock;
    private final UniqueKeyViolations uniqueKeys = new UniqueKeyViolations();

    UserRegistry(UserAccountRepository users, EntityManager entityManager, PasswordEncoder passwordEncoder,
                 UserChanges changes, Clock clock) {
        this.users = users;
        this.entityManager = entityManager;
        this.passwordEncoder = passwordEncoder;
        this.changes = changes;
        this.clock = clock;
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
        changes.record(account.login(), UserChange.Kind.CREATED, "name " + account.name() + "; roles "
                + roles(account) + "; vendorLimit " + account.vendorLimit() + "; specialLimit " + account.specialLimit(),
                account.createdAt());
        return account;
    }

    @Transactional(readOnly = true)
    public boolean exists(String login) {
        return users.existsById(login);
    }

    @Transactional(readOnly = true)
    public List<UserAccount> all() {
        return users.findAll(Sort.by("login"));
    }

    @Transactional(readOnly = true)
    public UserAccount get(String login) {
        return users.findById(login).orElseThrow(() -> notFound(login));
    }

    /** Name, roles and limits; records one CHANGED with what was and what is (nothing when nothing changes). */
    @Transactional
    public UserAccount change(String login, UserEdit edit) {
        UserAccount user = locked(login);
        List<String> what = new ArrayList<>();
        if (edit.name() != null && !edit.name().equals(user.name())) {
            what.add("name " + user.name() + " -> " + edit.name());
            user.rename(edit.name());
        }
        if (edit.roles() != null && !edit.roles().equals(user.roles())) {
            if (isMe(login) && user.roles().contains(Role.ADMIN) && !edit.roles().contains(Role.ADMIN)) {
                throw new DomainException(ErrorCode.SELF_LOCKOUT, "You may not take your own ADMIN role away; ask another admin.");
            }
            String before = roles(user);
            user.assign(edit.roles());
            what.add("roles " + before + " -> " + roles(user));
        }
        var vendor = Objects.requireNonNullElse(edit.vendorLimit(), user.vendorLimit());
        var special = Objects.requireNonNullElse(edit.specialLimit(), user.specialLimit());
        if (vendor.compareTo(user.vendorLimit()) != 0 || special.compareTo(user.specialLimit()) != 0) {
            what.add("vendorLimit " + user.vendorLimit() + " -> " + vendor + "; specialLimit " + user.specialLimit()
                    + " -> " + special);
            user.limit(vendor, special);
        }
        if (!what.isEmpty()) {
            entityManager.flush();
            changes.record(login, UserChange.Kind.CHANGED, String.join("; ", what), clock.instant());
        }
        return user;
    }

    /** Enables or disables; a disabled user can sign in neither to the API nor to the console. */
    @Transactional
    public UserAccount enable(String login, boolean enabled) {
        UserAccount user = locked(login);
        if (!enabled && isMe(login)) {
            throw new DomainException(ErrorCode.SELF_LOCKOUT, "You may not disable yourself; ask another admin.");
        }
        if (user.enabled() != enabled) {
            user.enable(enabled);
            entityManager.flush();
            changes.record(login, enabled ? UserChange.Kind.ENABLED : UserChange.Kind.DISABLED, "", clock.instant());
        }
        return user;
    }

    /** Sets a new password (the old one stops at once); the password is never recorded. */
    @Transactional
    public UserAccount resetPassword(String login, String password) {
        UserAccount user = locked(login);
        PasswordPolicy.check(login, password);
        user.password(passwordEncoder.encode(password));
        entityManager.flush();
        changes.record(login, UserChange.Kind.PASSWORD_RESET, "", clock.instant());
        return user;
    }

    private UserAccount locked(String login) {
        UserAccount user = entityManager.find(UserAccount.class, login, LockModeType.PESSIMISTIC_WRITE);
        if (user == null) {
            throw notFound(login);
        }
        return user;
    }

    private static boolean isMe(String login) {
        return login.equals(CurrentRequestOrigin.currentUser());
    }

    private static String roles(UserAccount user) {
        return String.join(",", new TreeSet<>(user.roles().stream().map(Enum::name).toList()));
    }

    private static DomainException notFound(String login) {
        return new DomainException(ErrorCode.USER_NOT_FOUND, "No user " + login + ".");
    }
}
