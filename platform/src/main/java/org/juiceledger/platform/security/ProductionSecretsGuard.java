package org.juiceledger.platform.security;

import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Profile {@code prod}: refuses to start with any demo default, so a real deployment cannot run on
 * the public STS conformance key, a PIN key file on local disk, a generated admin password or a
 * database without a password. Says which settings are missing, never their values.
 */
@Component
@Profile("prod")
class ProductionSecretsGuard {

    /** The public STS 531-1 conformance vending key the standalone app uses as a demo default. */
    static final String DEMO_VENDING_KEY = "abababababababab949494949494949401234567";

    ProductionSecretsGuard(StsProperties sts, CardsProperties cards, AdminProperties admin,
                           DataSourceProperties database) {
        String vendingKey = sts.vendingKey();
        String databaseUrl = database.getUrl() == null ? "" : database.getUrl();
        String databasePassword = database.getPassword() == null ? "" : database.getPassword();
        List<String> problems = new ArrayList<>();
        if (vendingKey.isBlank() || vendingKey.strip().equalsIgnoreCase(DEMO_VENDING_KEY)) {
            problems.add("JUICE_STS_VENDING_KEY must be the utility's own vending key");
        }
        if (cards.pinKey().isBlank()) {
            problems.add("JUICE_PIN_KEY must be set (no local key file in production)");
        }
        if (admin.generateIfMissing()) {
            problems.add("JUICE_ADMIN_PASSWORD must be set (no generated admin password in production)");
        }
        if (databaseUrl.startsWith("jdbc:h2:")) {
            problems.add("JUICE_DB_URL must point at PostgreSQL");
        }
        if (databasePassword.isBlank()) {
            problems.add("JUICE_DB_PASSWORD must be set");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start with demo settings in production: " + String.join("; ", problems));
        }
    }
}
