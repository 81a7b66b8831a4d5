package org.juiceledger.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code juice.admin.*} (defaults in juice-defaults.yml): the bootstrap admin's password
 * ({@code JUICE_ADMIN_PASSWORD}, read only while no admin exists) and whether one may be generated
 * when it is empty (the standalone app). The password never appears in {@link #toString()}.
 */
@ConfigurationProperties("juice.admin")
public record AdminProperties(String password, boolean generateIfMissing) {

    public AdminProperties {
        password = password == null ? "" : password;
    }

    @Override
    public String toString() {
        return "AdminProperties[password=" + Secrets.hidden(password) + ", generateIfMissing=" + generateIfMissing + "]";
    }
}
