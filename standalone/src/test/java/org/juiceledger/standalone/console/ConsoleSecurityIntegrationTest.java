package org.juiceledger.standalone.console;

import org.juiceledger.platform.testing.JuiceApi;
import org.juiceledger.platform.testing.JuiceApi.Reply;
import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.juiceledger.standalone.testing.Desk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juiceledger.platform.testing.JuiceApi.json;

/**
 * The console's sign-in and access rules over plain HTTP: CSRF on every form, a session cookie that
 * scripts and other sites cannot use, the API's users, roles and lockout, every page checked on the
 * server, and an API that stays stateless HTTP Basic.
 */
@PostgresIntegrationTest
class ConsoleSecurityIntegrationTest {

    @LocalServerPort
    int port;
    Desk desk;

    @BeforeEach
    void setUp() {
        desk = new Desk(port);
    }

    @Test
    void aPageWithoutASessionSendsToTheSignInForm() {
        HttpResponse<String> page = new ConsoleSession(port).get("/console/accounts");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/console/login"));
        HttpResponse<String> form = new ConsoleSession(port).get("/console/login");
        assertThat(form.body()).contains("<label for=\"username\">").contains("<label for=\"password\">")
                .contains("name=\"_csrf\"").contains("<html lang=\"en\">");
        assertThat(form.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'").contains("form-action 'self'"));
    }

    @Test
    void signingInNeedsTheFormsCsrfTokenAndGivesAStrictHttpOnlyCookie() {
        ConsoleSession browser = new ConsoleSession(port);
        HttpResponse<String> forged = browser.post("/console/login", Map.of("username", desk.cashier, "password", Desk.PASSWORD));
        assertThat(forged.statusCode()).as("no CSRF token").isEqualTo(403);
        assertThat(browser.get("/console").statusCode()).as("not signed in").isEqualTo(302);

        HttpResponse<String> signedIn = browser.signIn(desk.cashier, Desk.PASSWORD);

        assertThat(signedIn.statusCode()).isEqualTo(302);
        // the page asked for before signing in, /console (Spring Security marks a saved request "?continue")
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).matches(".*/console(\\?continue)?"));
        List<String> cookies = signedIn.headers().allValues("Set-Cookie");
        assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly")
                .contains("SameSite=Strict").contains("Path=/console"));
        HttpResponse<String> home = browser.get("/console");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains(desk.cashier).doesNotContain(Desk.PASSWORD);
    }

    @Test
    void everyFormNeedsTheCsrfTokenAndSignOutEndsTheSession() {
        ConsoleSession browser = new ConsoleSession(port);
        browser.signIn(desk.cashier, Desk.PASSWORD);
        String account = desk.account(desk.tariff("0.500000", "0"));
        desk.stsMeter(account);

        HttpResponse<String> forged = browser.post("/console/accounts/" + account + "/purchases",
                Map.of("amount", "10.00", "tender", "CASH"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(desk.api.get("/api/accounts/" + account + "/overview", desk.cashier, Desk.PASSWORD).json()
                .get("recentTransactions")).as("nothing was sold").isEmpty();
        assertThat(browser.post("/console/logout", Map.of()).statusCode()).as("sign-out is a form too").isEqualTo(403);
        assertThat(browser.get("/console").statusCode()).isEqualTo(200);

        HttpResponse<String> out = browser.postWithToken("/console", "/console/logout", Map.of());

        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(out.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/console/login?signedOut"));
        assertThat(browser.get("/console").statusCode()).isEqualTo(302);
    }

    @Test
    void eachRoleOpensOnlyItsOwnPagesAndActions() {
        String account = desk.account(desk.tariff("0.500000", "0"));
        desk.stsMeter(account);
        long sale = desk.transact(desk.cashier, "/api/accounts/" + account + "/purchases",
                json("amount", "20.00", "tender", "CASH")).get("transactionNumber").asLong();
        ConsoleSession cashier = new ConsoleSession(port);
        cashier.signIn(desk.cashier, Desk.PASSWORD);
        ConsoleSession finance = new ConsoleSession(port);
        finance.signIn(desk.user("FINANCE"), Desk.PASSWORD);

        for (String page : List.of("/console/audit/chain", "/console/audit/events", "/console/finance/trial-balance",
                "/console/finance/cashier-totals", "/console/finance/cashier-totals.csv", "/console/admin/users")) {
            HttpResponse<String> refused = cashier.get(page);
            assertThat(refused.statusCode()).as(page).isEqualTo(403);
            assertThat(refused.body()).as(page).contains("FORBIDDEN").contains("Your role may not do this.");
        }
        HttpResponse<String> reversal = cashier.postWithToken("/console/accounts/" + account,
                "/console/transactions/" + sale + "/reversal?account=" + account, Map.of("reason", "by its URL"));
        assertThat(reversal.statusCode()).isEqualTo(403);
        assertThat(desk.overviewShowing(account, sale, "OK")).isNotNull();

        assertThat(finance.get("/console/finance/trial-balance").statusCode()).isEqualTo(200);
        assertThat(finance.get("/console/accounts/" + account).statusCode()).as("finance reads accounts").isEqualTo(200);
        assertThat(finance.get("/console/accounts/" + account).body()).doesNotContain("id=\"sale-form\"");
        HttpResponse<String> sell = finance.postWithToken("/console/accounts/" + account,
                "/console/accounts/" + account + "/purchases", Map.of("amount", "10.00", "tender", "CASH"));
        assertThat(sell.statusCode()).as("finance never sells").isEqualTo(403);
        assertThat(finance.get("/console/cards/activate").statusCode()).isEqualTo(403);
    }

    @Test
    void aMistypedPathOrParameterIsTheClientsMistakeNotADefect() {
        ConsoleSession finance = new ConsoleSession(port);
        finance.signIn(desk.user("FINANCE"), Desk.PASSWORD);

        HttpResponse<String> receipt = finance.get("/console/transactions/not-a-number/receipt");
        HttpResponse<String> totals = finance.get("/console/finance/cashier-totals?from=2024-13-01");

        for (HttpResponse<String> mistyped : List.of(receipt, totals)) {
            assertThat(mistyped.statusCode()).as(mistyped.uri().toString()).isEqualTo(400);
            assertThat(mistyped.body()).contains("VALIDATION_FAILED").doesNotContain("Exception");
        }
    }

    @Test
    void theApiStaysStatelessAndIgnoresAConsoleSession() {
        ConsoleSession browser = new ConsoleSession(port);
        HttpResponse<String> signedIn = browser.signIn(desk.cashier, Desk.PASSWORD);
        String session = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow().split(";")[0];

        Reply basic = new JuiceApi(port).get("/api/tariffs", desk.cashier, Desk.PASSWORD);
        assertThat(basic.status()).isEqualTo(200);
        assertThat(basic.header("Set-Cookie")).isEmpty();
        Reply withCookie = new JuiceApi(port).exchange(org.springframework.http.HttpMethod.GET, "/api/tariffs", null, null,
                null, Map.of("Cookie", session));
        assertThat(withCookie.status()).as("a console session is no API credential").isEqualTo(401);
    }

    @Test
    void wrongPasswordsLockTheLoginAsTheApiDoesAndTheFormDoesNotTellWhichLoginsExist() {
        String login = desk.user("CASHIER");
        ConsoleSession browser = new ConsoleSession(port);
        HttpResponse<String> unknown = browser.signIn("nobody-" + login, "Wrong-password-123");
        assertThat(unknown.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("?error=bad"));
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> wrong = browser.signIn(login, "Wrong-password-123");
            assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("?error=bad"));
        }

        HttpResponse<String> right = browser.signIn(login, Desk.PASSWORD);

        assertThat(right.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("?error=locked"));
        assertThat(browser.get("/console/login?error=locked").body()).contains("UNAUTHENTICATED")
                .contains("this login is locked for a while");
        assertThat(new JuiceApi(port).get("/api/tariffs", login, Desk.PASSWORD).status())
                .as("the same lock on the API").isEqualTo(401);
    }
}
