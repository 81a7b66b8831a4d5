package org.juiceledger.platform.user.web;

import org.juiceledger.platform.security.Role;
import org.juiceledger.platform.user.UserAccount;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/** A user as shown to an admin: never the password or its hash. */
record UserResponse(String login, String name, Set<Role> roles, BigDecimal vendorLimit, BigDecimal specialLimit,
                    boolean enabled, Instant createdAt, String createdBy) {

    static UserResponse of(UserAccount user) {
        return new UserResponse(user.login(), user.name(), user.roles(), user.vendorLimit(), user.specialLimit(),
                user.enabled(), user.createdAt(), user.createdBy());
    }
}
