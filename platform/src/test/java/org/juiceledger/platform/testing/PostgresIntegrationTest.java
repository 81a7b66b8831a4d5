package org.juiceledger.platform.testing;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test of the real application on a random port against the real PostgreSQL test database,
 * with a known admin password. Tests share the database, so each one makes its own ids.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"juice.admin.password=" + TestUsers.ADMIN_PASSWORD,
                "juice.cards.pin-key=" + TestUsers.PIN_KEY,
                "juice.sts.vending-key=" + TestUsers.VENDING_KEY,
                // a short limit for the one command TimeLimitsIntegrationTest sends
                "juice.time-limits.commands.TimeLimitProbe.limit=PT0.5S",
                "juice.time-limits.commands.TimeLimitProbe.warn-after=PT0.2S"})
@ContextConfiguration(initializers = PostgresTestDatabaseInitializer.class)
public @interface PostgresIntegrationTest {
}
