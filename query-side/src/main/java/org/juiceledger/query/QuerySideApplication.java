package org.juiceledger.query;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The query side on its own, for a split deployment: it reads the event store that the command
 * side writes ({@code JUICE_DB_URL}) and serves reports, overviews and audit.
 */
@SpringBootApplication(scanBasePackages = {"org.juiceledger.platform", "org.juiceledger.query"})
@AutoConfigurationPackage(basePackages = {"org.juiceledger.platform", "org.juiceledger.query"})
public class QuerySideApplication {

    public static void main(String[] args) {
        SpringApplication.run(QuerySideApplication.class, args);
    }
}
