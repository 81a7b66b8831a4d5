package org.juiceledger.standalone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Both sides in one process on one port, for a single machine. With no database configured it
 * keeps its data in an H2 file database under {@code ./data}; {@code JUICE_DB_URL} points it at
 * PostgreSQL instead.
 */
@SpringBootApplication(scanBasePackages = {"org.juiceledger.platform", "org.juiceledger.command",
        "org.juiceledger.query", "org.juiceledger.standalone"})
@AutoConfigurationPackage(basePackages = {"org.juiceledger.platform", "org.juiceledger.command",
        "org.juiceledger.query"})
public class JuiceLedgerApplication {

    public static void main(String[] args) {
        SpringApplication.run(JuiceLedgerApplication.class, args);
    }
}
