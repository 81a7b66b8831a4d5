package org.juiceledger.platform.testing;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points a test application at the PostgreSQL test database before anything connects. */
public class PostgresTestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        PostgresTestDatabase.ensureReachable();
        TestPropertyValues.of(
                "spring.datasource.url=" + PostgresTestDatabase.url(),
                "spring.datasource.username=" + PostgresTestDatabase.user(),
                "spring.datasource.password=" + PostgresTestDatabase.password()
        ).applyTo(context);
    }
}
