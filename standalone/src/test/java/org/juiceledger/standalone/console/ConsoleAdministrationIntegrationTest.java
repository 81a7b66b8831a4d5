package org.juiceledger.standalone.console;

import com.fasterxml.jackson.databind.JsonNode;
import org.juiceledger.platform.testing.JuiceApi;
import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.juiceledger.platform.testing.TestUsers;
import org.juiceledger.standalone.testing.Desk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin's console desk over plain HTTP: a user is created, given other roles and disabled in
 * the console; the change applies to a session that user has open at its next click; the trail
 * says the console did it; and an action sent through the console carries the CONSOLE channel.
 */
@PostgresIntegrationTest
class ConsoleAdministrationIntegrationTest {

    @LocalServerPort
    int port;
    Desk desk;

    @BeforeEach
    void setUp() {
        desk = new Desk(port);
    }

    @Test
    void anAdminCreatesChangesAndDisablesAUserWhoseOpenSessionFollowsAtOnce() {
        String admin = desk.user("ADMIN");
        ConsoleSession console = new ConsoleSession(port);
        console.signIn(admin, Desk.PASSWORD);
        assertThat(console.get("/console").body()).contains("href=\"/console/admin/users\"");
        String login = TestUsers.uniqueLogin("clerk");

        HttpResponse<String> created = console.postWithToken("/console/admin/users", "/console/admin/users", Map.of(
                "login", login, "name", "Lindiwe Dube", "password", Desk.PASSWORD, "roles", "CASHIER",
                "vendorLimit", "500.00", "specialLimit", "50.00"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(to ->
                assertThat(to).endsWith("/console/admin/users/" + login + "?created"));
        String page = console.get("/console/admin/users/" + login).body();
        assertThat(page).contains("Lindiwe Dube").contains("500.00").doesNotContain(Desk.PASSWORD);

        ConsoleSession clerk = new ConsoleSession(port);
        clerk.signIn(login, Desk.PASSWORD);
        assertThat(clerk.get("/console/cards/activate").statusCode()).isEqualTo(200);
        assertThat(clerk.get("/console/finance/trial-balance").statusCode()).isEqualTo(403);

        HttpResponse<String> changed = console.postWithToken("/console/admin/users/" + login, "/console/admin/users/" + login,
                Map.of("name", "Lindiwe Dube", "roles", "FINANCE", "vendorLimit", "500.00", "specialLimit", "75.00"));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(302);
        assertThat(clerk.get("/console/finance/trial-balance").statusCode()).as("the new role at the next click").isEqualTo(200);
        assertThat(clerk.get("/console/cards/activate").statusCode()).as("the old one gone").isEqualTo(403);

        HttpResponse<String> self = console.postWithToken("/console/admin/users/" + admin,
                "/console/admin/users/" + admin + "/disable", Map.of());
        assertThat(self.statusCode()).isEqualTo(422);
        assertThat(self.body()).contains("id=\"enabled-refusal\"").contains("SELF_LOCKOUT")
                .contains("You may not disable yourself");

        HttpResponse<String> disabled = console.postWithToken("/console/admin/users/" + login,
                "/console/admin/users/" + login + "/disable", Map.of());
        assertThat(disabled.statusCode()).isEqualTo(302);
        HttpResponse<String> next = clerk.get("/console/finance/trial-balance");
        assertThat(next.statusCode()).as("a disabled user's session ends").isEqualTo(302);
        assertThat(next.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).contains("/console/login"));
        assertThat(clerk.get("/console").statusCode()).isEqualTo(302);
        assertThat(new ConsoleSession(port).signIn(login, Desk.PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("?error=bad"));
        assertThat(new JuiceApi(port).get("/api/tariffs", login, Desk.PASSWORD).status()).isEqualTo(401);

        JsonNode trail = desk.api.get("/api/audit/user-changes?login=" + login, desk.user("AUDITOR"), Desk.PASSWORD).json();
        List<String> kinds = new ArrayList<>();
        trail.get("changes").forEach(c -> {
            kinds.add(c.get("change").asText());
            assertThat(c.get("who").asText()).isEqualTo(admin);
            assertThat(c.get("channel").asText()).isEqualTo("CONSOLE");
        });
        assertThat(kinds).containsExactly("DISABLED", "CHANGED", "CREATED");
        assertThat(console.get("/console/admin/users/" + login).body()).contains("id=\"user-state\">disabled<");
    }

    @Test
    void whatTheConsoleDoesIsRecordedWithTheConsoleChannel() {
        String account = desk.account(desk.tariff("0.500000", "0"));
        desk.stsMeter(account);
        ConsoleSession cashier = new ConsoleSession(port);
        cashier.signIn(desk.cashier, Desk.PASSWORD);

        HttpResponse<String> sold = cashier.postWithToken("/console/accounts/" + account,
                "/console/accounts/" + account + "/purchases", Map.of("amount", "20.00", "tender", "CASH"));
        assertThat(sold.statusCode()).as(sold.body()).isEqualTo(302);

        JsonNode events = desk.api.get("/api/audit/events?aggregateId=" + account, desk.user("AUDITOR"), Desk.PASSWORD)
                .json().get("events");
        JsonNode last = events.get(events.size() - 1);
        assertThat(last.get("who").asText()).isEqualTo(desk.cashier);
        assertThat(last.get("channel").asText()).isEqualTo("CONSOLE");
        assertThat(events.get(0).get("channel").asText()).as("opened over the API").isEqualTo("REST");
    }
}
