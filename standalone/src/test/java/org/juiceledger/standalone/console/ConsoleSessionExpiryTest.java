package org.juiceledger.standalone.console;

import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.juiceledger.standalone.testing.Desk;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console session ends after {@code server.servlet.session.timeout} without a request (two
 * seconds here): the next click goes to the sign-in form, which says why. Its own application
 * context (another timeout), closed afterwards so that it does not keep projection segments.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = "server.servlet.session.timeout=2s")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ConsoleSessionExpiryTest {

    @LocalServerPort
    int port;

    @Test
    void anIdleSessionEndsAndTheNextClickGoesToTheSignInForm() throws InterruptedException {
        Desk desk = new Desk(port);
        ConsoleSession browser = new ConsoleSession(port);
        browser.signIn(desk.cashier, Desk.PASSWORD);
        assertThat(browser.get("/console").statusCode()).isEqualTo(200);
        Thread.sleep(1000);
        assertThat(browser.get("/console/batch").statusCode()).as("a click within the timeout keeps it").isEqualTo(200);

        Thread.sleep(3000);
        HttpResponse<String> next = browser.get("/console/batch");

        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/console/login?expired"));
        assertThat(browser.get("/console/login?expired").body()).contains("Your session has ended. Sign in again.");
    }
}
