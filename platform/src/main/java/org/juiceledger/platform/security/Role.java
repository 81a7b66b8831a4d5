package org.juiceledger.platform.security;

/** The roles of docs/api.md. A supervisor may do everything a cashier may (see the role hierarchy). */
public enum Role {
    CASHIER, SUPERVISOR, CARD_ADMIN, FINANCE, AUDITOR, GATEWAY, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
