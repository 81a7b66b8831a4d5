package org.juiceledger.platform.user;

import org.juiceledger.platform.security.Role;

import java.math.BigDecimal;
import java.util.Set;

/** What an admin changes about a user, already validated; a null part stays as it is. */
public record UserEdit(String name, Set<Role> roles, BigDecimal vendorLimit, BigDecimal specialLimit) {
}
