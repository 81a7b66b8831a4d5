package org.juiceledger.standalone.console;

import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.juiceledger.standalone.testing.Desk;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A console session ends after its timeout without a request, and the next click goes to the
 * sign-in form, which says why. The session gets {@code server.servlet.session.timeout} in seconds;
 * the test then shortens this one session to a second in Tomcat itself (a context of its own with
 * a short setting would compete with the shared one for the projections' segments).
 */
@PostgresIntegrationTest
class ConsoleSessionExpiryTest {

    @LocalServerPort
    int port;
    @Autowired
    ServletWebServerApplicationContext application;
    @Value("${server.servlet.session.timeout}")
    Duration timeout;

    @Test
    void anIdleSessionEndsAndTheNextClickGoesToTheSignInForm() throws Exception {
        Desk desk = new Desk(port);
        ConsoleSession browser = new ConsoleSession(port);
        HttpResponse<String> signedIn = browser.signIn(desk.cashier, Desk.PASSWORD);
        String id = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow().split(";")[0].substring("JSESSIONID=".length());
        assertThat(browser.get("/console/batch").statusCode()).isEqualTo(200);
        Session session = tomcat().getManager().findSession(id);
        assertThat(session.getMaxInactiveInterval()).isEqualTo((int) timeout.toSeconds());

        session.setMaxInactiveInterval(1);
        Thread.sleep(2500);
        HttpResponse<String> next = browser.get("/console/batch");

        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/console/login?expired"));
        assertThat(browser.get("/console/login?expired").body()).contains("Your session has ended. Sign in again.");
        assertThat(browser.get("/console").statusCode()).as("still signed out").isEqualTo(302);
    }

    private Context tomcat() {
        return (Context) ((TomcatWebServer) application.getWebServer()).getTomcat().getHost().findChildren()[0];
    }
}
