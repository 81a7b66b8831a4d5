package org.juiceledger.standalone.platform;

import com.fasterxml.jackson.databind.JsonNode;
import org.juiceledger.platform.testing.JuiceApi;
import org.juiceledger.platform.testing.JuiceApi.Reply;
import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.juiceledger.platform.testing.TestUsers;
import org.juiceledger.standalone.testing.Desk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juiceledger.platform.testing.JuiceApi.json;

/**
 * The users' REST endpoints: an admin lists, changes roles and limits, disables, enables and resets
 * passwords; a disabled user no longer signs in; every change is in the auditors' trail with who,
 * channel and correlation id, and never a password.
 */
@PostgresIntegrationTest
class UserAdministrationIntegrationTest {

    @LocalServerPort
    int port;
    JuiceApi api;
    Desk desk;
    String admin;

    @BeforeEach
    void setUp() {
        api = new JuiceApi(port);
        desk = new Desk(port);
        admin = desk.user("ADMIN");
    }

    @Test
    void anAdminChangesDisablesEnablesAndResetsAUserAndTheAuditorReadsWhoDidWhat() {
        String login = desk.user("CASHIER", "100.00", "10.00");
        String path = "/api/users/" + login;

        Reply changed = send(HttpMethod.PATCH, path, json("roles", List.of("CASHIER", "FINANCE"), "vendorLimit", "250.00"),
                "corr-change-" + login);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("vendorLimit").asText()).isEqualTo("250.00");
        assertThat(changed.json().get("specialLimit").asText()).as("left out, unchanged").isEqualTo("10.00");
        assertThat(changed.json().get("roles").toString()).isEqualTo("[\"CASHIER\",\"FINANCE\"]");
        assertThat(api.get("/api/reports/trial-balance", login, Desk.PASSWORD).status()).as("the new role works").isEqualTo(200);

        assertThat(send(HttpMethod.POST, path + "/disable", null, null).json().get("enabled").asBoolean()).isFalse();
        assertThat(api.get("/api/tariffs", login, Desk.PASSWORD).status()).as("disabled").isEqualTo(401);
        assertThat(send(HttpMethod.POST, path + "/enable", null, null).json().get("enabled").asBoolean()).isTrue();
        assertThat(api.get("/api/tariffs", login, Desk.PASSWORD).status()).as("enabled again").isEqualTo(200);

        String newPassword = "Fresh-secret-2027";
        assertThat(send(HttpMethod.POST, path + "/password", json("password", newPassword), null).status()).isEqualTo(204);
        assertThat(api.get("/api/tariffs", login, Desk.PASSWORD).status()).as("the old password").isEqualTo(401);
        assertThat(api.get("/api/tariffs", login, newPassword).status()).isEqualTo(200);

        JsonNode one = api.get(path, admin, Desk.PASSWORD).json();
        assertThat(one.get("enabled").asBoolean()).isTrue();
        assertThat(one.has("password") || one.has("passwordHash")).isFalse();
        assertThat(api.get("/api/users", admin, Desk.PASSWORD).json().get("users").findValuesAsText("login")).contains(login);

        String auditor = desk.user("AUDITOR");
        Reply trail = api.get("/api/audit/user-changes?login=" + login, auditor, Desk.PASSWORD);
        assertThat(trail.status()).as(trail.body()).isEqualTo(200);
        assertThat(trail.body()).doesNotContain(newPassword).doesNotContain(Desk.PASSWORD).doesNotContain("$2a$");
        List<String> kinds = new ArrayList<>();
        trail.json().get("changes").forEach(c -> kinds.add(c.get("change").asText()));
        assertThat(kinds).containsExactly("PASSWORD_RESET", "ENABLED", "DISABLED", "CHANGED", "CREATED");
        JsonNode change = trail.json().get("changes").get(3);
        assertThat(change.get("who").asText()).isEqualTo(admin);
        assertThat(change.get("channel").asText()).isEqualTo("REST");
        assertThat(change.get("correlationId").asText()).isEqualTo("corr-change-" + login);
        assertThat(change.get("detail").asText()).contains("roles CASHIER -> CASHIER,FINANCE")
                .contains("vendorLimit 100.00 -> 250.00");
        assertThat(trail.json().get("changes").get(4).get("who").asText()).isEqualTo(TestUsers.ADMIN);
    }

    @Test
    void onlyAnAdminChangesUsersAndNoAdminLocksThemselfOut() {
        String cashier = desk.user("CASHIER");
        Reply byCashier = api.exchange(HttpMethod.POST, "/api/users/" + cashier + "/disable", cashier, Desk.PASSWORD, null, Map.of());
        assertThat(byCashier.status()).isEqualTo(403);
        assertThat(api.get("/api/audit/user-changes", cashier, Desk.PASSWORD).status()).isEqualTo(403);

        Reply self = send(HttpMethod.POST, "/api/users/" + admin + "/disable", null, null);
        assertThat(self.status()).isEqualTo(422);
        assertThat(self.json().get("code").asText()).isEqualTo("SELF_LOCKOUT");
        Reply demoted = send(HttpMethod.PATCH, "/api/users/" + admin, json("roles", List.of("AUDITOR")), null);
        assertThat(demoted.json().get("code").asText()).isEqualTo("SELF_LOCKOUT");
        assertThat(api.get("/api/users/" + admin, admin, Desk.PASSWORD).json().get("roles").toString()).isEqualTo("[\"ADMIN\"]");

        Reply unknown = send(HttpMethod.POST, "/api/users/nobody-" + cashier + "/enable", null, null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asText()).isEqualTo("USER_NOT_FOUND");
        Reply weak = send(HttpMethod.POST, "/api/users/" + cashier + "/password", json("password", "short"), null);
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().get("code").asText()).isEqualTo("WEAK_PASSWORD");
        Reply blankName = send(HttpMethod.PATCH, "/api/users/" + cashier, json("name", "  "), null);
        assertThat(blankName.status()).isEqualTo(400);
    }

    private Reply send(HttpMethod method, String path, String body, String correlationId) {
        return api.exchange(method, path, admin, Desk.PASSWORD, body,
                correlationId == null ? Map.of() : Map.of("X-Correlation-Id", correlationId));
    }
}
