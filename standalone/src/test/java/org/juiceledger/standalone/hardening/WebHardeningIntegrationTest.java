package org.juiceledger.standalone.hardening;

import org.juiceledger.platform.testing.JuiceApi;
import org.juiceledger.platform.testing.JuiceApi.Reply;
import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.juiceledger.platform.testing.TestUsers;
import org.juiceledger.standalone.testing.Desk;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juiceledger.platform.testing.TestUsers.ADMIN;
import static org.juiceledger.platform.testing.TestUsers.ADMIN_PASSWORD;

/** Headers, CORS, request size, actuator exposure and sign-in lockout. */
@PostgresIntegrationTest
class WebHardeningIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void responsesCarrySecurityHeaders() {
        Reply reply = new JuiceApi(port).get("/api/tariffs", ADMIN, ADMIN_PASSWORD);

        assertThat(reply.header("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(reply.header("X-Frame-Options")).containsExactly("DENY");
        assertThat(reply.header("Content-Security-Policy").get(0)).contains("frame-ancestors 'none'");
        assertThat(reply.header("Referrer-Policy")).containsExactly("no-referrer");
        assertThat(reply.header("Cache-Control").get(0)).contains("no-store");
    }

    @Test
    void noCrossOriginAccessIsGranted() {
        Reply preflight = new JuiceApi(port).exchange(HttpMethod.OPTIONS, "/api/tariffs", null, null, null,
                Map.of("Origin", "https://evil.example", "Access-Control-Request-Method", "POST"));

        assertThat(preflight.header("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void oversizedBodiesAreRefused() {
        String huge = "{\"tariffId\":\"" + "x".repeat(2_000_000) + "\"}";

        Reply reply = new JuiceApi(port).post("/api/tariffs", ADMIN, ADMIN_PASSWORD, huge);

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.json().get("code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void actuatorShowsNoEnvironmentOrConfiguration() {
        JuiceApi api = new JuiceApi(port);

        assertThat(api.get("/actuator/env", ADMIN, ADMIN_PASSWORD).status()).isEqualTo(404);
        assertThat(api.get("/actuator/configprops", ADMIN, ADMIN_PASSWORD).status()).isEqualTo(404);
        assertThat(api.get("/actuator/health", null, null).body()).doesNotContain("components");
    }

    @Test
    void tooManyWrongPasswordsLockTheLoginButNotOthers() {
        Desk desk = new Desk(port);
        String victim = desk.user("CASHIER");
        for (int i = 0; i < 10; i++) {
            assertThat(desk.api.get("/api/tariffs", victim, "wrong-password-" + i).status()).isEqualTo(401);
        }

        assertThat(desk.api.get("/api/tariffs", victim, Desk.PASSWORD).status()).isEqualTo(401);
        assertThat(desk.api.get("/api/tariffs", desk.cashier, Desk.PASSWORD).status()).isEqualTo(200);
        assertThat(desk.api.get("/api/tariffs", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD).status()).isEqualTo(200);
    }
}
