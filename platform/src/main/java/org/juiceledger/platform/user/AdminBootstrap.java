package org.juiceledger.platform.user;

import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.platform.request.CurrentRequestOrigin;
import org.juiceledger.platform.security.AdminProperties;
import org.juiceledger.platform.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.Set;

/**
 * Makes sure an {@code admin} exists on first start, with the password from
 * {@code JUICE_ADMIN_PASSWORD}. Only the standalone app may invent one when none is configured;
 * it then prints it once on the console (never through the logger) for the operator to change.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    static final String ADMIN_LOGIN = "admin";
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final UserRegistry registry;
    private final String configuredPassword;
    private final boolean generateIfMissing;

    AdminBootstrap(UserRegistry registry, AdminProperties settings) {
        this.registry = registry;
        this.configuredPassword = settings.password();
        this.generateIfMissing = settings.generateIfMissing();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (registry.exists(ADMIN_LOGIN)) {
            return;
        }
        boolean generated = configuredPassword.isEmpty();
        if (generated && !generateIfMissing) {
            throw new IllegalStateException("No admin user exists yet: set JUICE_ADMIN_PASSWORD.");
        }
        String password = generated ? randomPassword() : configuredPassword;
        try {
            registry.register(new NewUser(ADMIN_LOGIN, "Administrator", Set.of(Role.ADMIN),
                    BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)), password, CurrentRequestOrigin.SYSTEM_USER);
        } catch (DataIntegrityViolationException | DomainException raced) {
            // Nodes starting together on a fresh database: one creates the admin, the others find it.
            if (!registry.exists(ADMIN_LOGIN)) {
                throw raced;
            }
            log.info("The bootstrap user 'admin' was created by another node");
            return;
        }
        log.info("Created the bootstrap user 'admin'");
        if (generated) {
            System.out.println("""

                    ==================================================================
                      Juice Ledger created the user 'admin' with this password:
                        %s
                      It is shown only this once. Set JUICE_ADMIN_PASSWORD to choose one.
                    ==================================================================
                    """.formatted(password));
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
