package org.juiceledger.platform.user;

import org.juiceledger.platform.security.Role;

import java.math.BigDecimal;
import java.util.Set;

/** A user about to be created, already validated (the password is not part of it). */
public record NewUser(String login, String name, Set<Role> roles, BigDecimal vendorLimit, BigDecimal specialLimit) {
}
