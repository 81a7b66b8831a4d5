package org.juiceledger.standalone.platform;

import org.juiceledger.platform.testing.JuiceApi;
import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juiceledger.platform.testing.TestUsers.ADMIN;
import static org.juiceledger.platform.testing.TestUsers.ADMIN_PASSWORD;

@PostgresIntegrationTest
class ObservabilityIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void healthIsPublicAndUp() {
        JuiceApi.Reply health = new JuiceApi(port).get("/actuator/health", null, null);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void metricsNeedCredentialsAndListJvmMeters() {
        JuiceApi api = new JuiceApi(port);

        assertThat(api.get("/actuator/metrics", null, null).status()).isEqualTo(401);
        JuiceApi.Reply metrics = api.get("/actuator/metrics", ADMIN, ADMIN_PASSWORD);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.json().get("names").toString()).contains("jvm.memory.used", "process.uptime");
    }

    @Test
    void requestsAreTimedButSpringSecuritysOwnStepsAreNot() {
        JuiceApi api = new JuiceApi(port);
        assertThat(api.get("/api/users", ADMIN, ADMIN_PASSWORD).status()).isEqualTo(200);

        JuiceApi.Reply metrics = api.get("/actuator/metrics", ADMIN, ADMIN_PASSWORD);
        List<String> names = new ArrayList<>();
        metrics.json().get("names").forEach(name -> names.add(name.asText()));
        assertThat(names).contains("http.server.requests");
        assertThat(names).noneMatch(name -> name.startsWith("spring.security"));
    }

    @Test
    void openApiDocumentDescribesTheTariffEndpoints() {
        JuiceApi.Reply docs = new JuiceApi(port).get("/v3/api-docs", null, null);

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/tariffs")).isTrue();
        assertThat(docs.json().get("paths").has("/api/users")).isTrue();
    }
}
