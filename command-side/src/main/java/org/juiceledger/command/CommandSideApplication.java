package org.juiceledger.command;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The command side on its own, for a split deployment: it decides and stores events. Needs
 * PostgreSQL ({@code JUICE_DB_URL}); the query side runs as a separate application on the same
 * database.
 */
@SpringBootApplication(scanBasePackages = {"org.juiceledger.platform", "org.juiceledger.command"})
@AutoConfigurationPackage(basePackages = {"org.juiceledger.platform", "org.juiceledger.command"})
public class CommandSideApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommandSideApplication.class, args);
    }
}
