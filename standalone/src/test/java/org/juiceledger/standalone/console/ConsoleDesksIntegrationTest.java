package org.juiceledger.standalone.console;

import com.fasterxml.jackson.databind.JsonNode;
import org.juiceledger.platform.testing.JuiceApi.Reply;
import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.juiceledger.standalone.testing.Desk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.juiceledger.platform.testing.JuiceApi.json;

/**
 * The supervisor's, card administrator's and finance desks over plain HTTP: each form sends the
 * API's command and shows the API's own refusal at the form; a role without the right is refused
 * by the server even when it sends the form by hand.
 */
@PostgresIntegrationTest
class ConsoleDesksIntegrationTest {

    private static final Pattern DONE = Pattern.compile("\\?done=(\\d+)");
    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    Desk desk;

    @BeforeEach
    void setUp() {
        desk = new Desk(port);
    }

    @Test
    void aSupervisorChargesWritesOffCreditsAndIssuesTokensAndSeesTheApisRefusals() {
        String account = desk.account(desk.tariff("0.500000", "0"));
        desk.stsMeter(account);
        String page = "/console/accounts/" + account;
        ConsoleSession supervisor = new ConsoleSession(port);
        supervisor.signIn(desk.supervisor, Desk.PASSWORD);
        assertThat(supervisor.get(page).body()).contains("id=\"arrears-form\"", "id=\"writeOff-form\"",
                "id=\"creditNote-form\"", "id=\"freeToken-form\"", "id=\"managementToken-form\"");

        // who creates a debt may not write it off (separation of duties): another supervisor charges it
        ConsoleSession charger = new ConsoleSession(port);
        charger.signIn(desk.user("SUPERVISOR"), Desk.PASSWORD);
        done(charger.postWithToken(page, page + "/arrears", Map.of("amount", "30.00", "description", "old bill")));
        Reply refusedByApi = desk.post(desk.supervisor, "/api/accounts/" + account + "/arrears/write-offs",
                json("amount", "50.00", "reason", "too much"));
        assertThat(refusedByApi.status()).isEqualTo(422);
        HttpResponse<String> refused = supervisor.postWithToken(page, page + "/arrears/write-offs",
                Map.of("amount", "50.00", "reason", "too much"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"writeOff-refusal\"").contains(refusedByApi.json().get("code").asText())
                .contains(HtmlUtils.htmlEscape(refusedByApi.json().get("detail").asText()));
        done(supervisor.postWithToken(page, page + "/arrears/write-offs", Map.of("amount", "10.00", "reason", "goodwill")));
        done(supervisor.postWithToken(page, page + "/wallet/credit-notes", Map.of("amount", "5.00", "note", "apology")));
        long free = done(supervisor.postWithToken(page, page + "/free-tokens", Map.of("units", "10.0", "reason", "outage")));
        done(supervisor.postWithToken(page, page + "/management-tokens", Map.of("kind", "CLEAR_TAMPER", "workOrder", "WO-17")));

        JsonNode overview = desk.overviewWhen(account, o -> o.get("recentTransactions").size() == 5);
        assertThat(overview.get("balances").get("arrears").asText()).isEqualTo("20.00");
        assertThat(overview.get("balances").get("wallet").asText()).isEqualTo("5.00");
        JsonNode freeRow = overview.get("recentTransactions").get(1);
        assertThat(freeRow.get("transactionNumber").asLong()).isEqualTo(free);
        assertThat(freeRow.get("type").asText()).isEqualTo("Free");
        assertThat(supervisor.get(page + "?done=" + free).body()).contains("id=\"done-token\"");

        HttpResponse<String> blank = supervisor.postWithToken(page, page + "/wallet/credit-notes", Map.of("amount", "", "note", ""));
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("aria-invalid=\"true\"");

        ConsoleSession cashier = new ConsoleSession(port);
        cashier.signIn(desk.cashier, Desk.PASSWORD);
        assertThat(cashier.get(page).body()).doesNotContain("id=\"arrears-form\"");
        for (String action : new String[]{"/arrears", "/arrears/write-offs", "/wallet/credit-notes", "/free-tokens",
                "/management-tokens"}) {
            HttpResponse<String> byUrl = cashier.postWithToken(page, page + action, Map.of("amount", "1.00",
                    "description", "by URL", "reason", "by URL", "note", "by URL", "units", "1.0", "kind", "CLEAR_TAMPER",
                    "workOrder", "WO-1"));
            assertThat(byUrl.statusCode()).as(action).isEqualTo(403);
        }
        assertThat(desk.api.get("/api/accounts/" + account + "/overview", desk.cashier, Desk.PASSWORD).json()
                .get("recentTransactions").size()).as("nothing more").isEqualTo(5);
    }

    @Test
    void aCardAdminGeneratesABatchDownloadsItsPrintFileOnceAndASupervisorHandsCardsOverAndVoidsOne() {
        String cardAdmin = desk.user("CARD_ADMIN");
        ConsoleSession admin = new ConsoleSession(port);
        admin.signIn(cardAdmin, Desk.PASSWORD);
        HttpResponse<String> generated = admin.postWithToken("/console/card-batches", "/console/card-batches", Map.of(
                "batchId", "", "quantity", "3", "denomination", "10.00", "pinLength", "16", "pinAlphabet", "NUMERIC",
                "printerPublicKey", ""));
        assertThat(generated.statusCode()).as(generated.body()).isEqualTo(200);
        Matcher id = Pattern.compile("Batch (B-[0-9a-f]{8}) generated").matcher(generated.body());
        assertThat(id.find()).as(generated.body()).isTrue();
        String batch = id.group(1);

        HttpResponse<String> file = admin.postWithToken("/console/card-batches", "/console/card-batches/" + batch + "/print-file", Map.of());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        String[] lines = file.body().strip().split("\r?\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).isEqualTo("serial,pin,denomination");
        String first = lines[1].split(",")[0];
        String last = lines[3].split(",")[0];
        String pin = lines[1].split(",")[1];

        HttpResponse<String> again = admin.postWithToken("/console/card-batches", "/console/card-batches/" + batch + "/print-file", Map.of());
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(again.body()).contains("PRINT_FILE_GONE").doesNotContain(pin);
        String list = await().atMost(Duration.ofSeconds(20)).until(() -> admin.get("/console/card-batches").body(),
                body -> body.contains("id=\"batch-" + batch + "\""));
        String row = list.substring(list.indexOf("id=\"batch-" + batch + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("class=\"num count-AVAILABLE\">3<").contains("gone, it can never be downloaded again")
                .doesNotContain("print-file\" method");
        assertThat(list).doesNotContain(pin);

        ConsoleSession supervisor = new ConsoleSession(port);
        supervisor.signIn(desk.supervisor, Desk.PASSWORD);
        HttpResponse<String> issued = supervisor.postWithToken("/console/cards/stock", "/console/cards/custody",
                Map.of("firstSerial", first, "lastSerial", last, "cashier", desk.cashier));
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        assertThat(issued.body()).contains("id=\"issued\"");
        assertThat(supervisor.postWithToken("/console/cards/stock", "/console/cards/custody/returns",
                Map.of("firstSerial", last, "lastSerial", "")).body()).contains("id=\"returned\"");
        assertThat(supervisor.postWithToken("/console/cards/stock", "/console/cards/void",
                Map.of("serial", last, "reason", "damaged")).body()).contains("id=\"voided\"");
        Reply byApi = desk.post(desk.supervisor, "/api/cards/" + last + "/void", json("reason", "twice"));
        HttpResponse<String> twice = supervisor.postWithToken("/console/cards/stock", "/console/cards/void",
                Map.of("serial", last, "reason", "twice"));
        assertThat(twice.statusCode()).isEqualTo(byApi.status());
        assertThat(twice.body()).contains("id=\"void-refusal\"").contains(byApi.json().get("code").asText());
        JsonNode card = await().atMost(Duration.ofSeconds(20)).until(
                () -> desk.api.get("/api/cards/" + first, desk.cashier, Desk.PASSWORD).json(),
                c -> desk.cashier.equals(c.get("custodian").asText()));
        assertThat(card.get("state").asText()).isEqualTo("AVAILABLE");

        ConsoleSession cashier = new ConsoleSession(port);
        cashier.signIn(desk.cashier, Desk.PASSWORD);
        assertThat(cashier.get("/console/card-batches").statusCode()).isEqualTo(403);
        assertThat(cashier.get("/console/cards/stock").statusCode()).isEqualTo(403);
        assertThat(cashier.postWithToken("/console/cards/activate", "/console/cards/custody",
                Map.of("firstSerial", first, "cashier", desk.cashier)).statusCode()).isEqualTo(403);
        assertThat(admin.postWithToken("/console/card-batches", "/console/cards/custody",
                Map.of("firstSerial", first, "cashier", desk.cashier)).statusCode()).as("a card admin voids, never hands over")
                .isEqualTo(403);
    }

    @Test
    void financeListsEveryAccountsBalancesAndDownloadsThemAsCsv() {
        String account = desk.account(desk.tariff("0.500000", "0"));
        desk.transact(desk.cashier, "/api/accounts/" + account + "/wallet/deposits", json("amount", "12.34", "tender", "CASH"));
        desk.overviewWhen(account, o -> o.get("balances").get("wallet").asText().equals("12.34"));
        ConsoleSession finance = new ConsoleSession(port);
        finance.signIn(desk.user("FINANCE"), Desk.PASSWORD);

        String csv = finance.get("/console/finance/account-balances.csv").body();
        assertThat(csv).startsWith("accountNumber,name,tariffId,wallet,arrears").contains(account + ",Thandi Nkosi,");
        assertThat(csv.lines().filter(l -> l.startsWith(account + ",")).findFirst().orElseThrow()).endsWith(",12.34,0.00");
        HttpResponse<String> page = finance.get("/console/finance/account-balances");
        assertThat(page.statusCode()).isEqualTo(200);
        long accounts = csv.lines().count() - 1;
        assertThat(page.body()).contains("id=\"balances-count\">" + accounts + "<");
        ConsoleSession cashier = new ConsoleSession(port);
        cashier.signIn(desk.cashier, Desk.PASSWORD);
        assertThat(cashier.get("/console/finance/account-balances").statusCode()).isEqualTo(403);
    }

    @Test
    void aCashierClosesTheirBatchAndAMistypedDeclarationIsShownAtItsField() {
        String cashier = desk.user("CASHIER");
        String account = desk.account(desk.tariff("0.500000", "0"));
        desk.transact(cashier, "/api/accounts/" + account + "/wallet/deposits", json("amount", "20.00", "tender", "CASH"));
        ConsoleSession till = new ConsoleSession(port);
        till.signIn(cashier, Desk.PASSWORD);

        HttpResponse<String> mistyped = till.postWithToken("/console/batch", "/console/batch/close", Map.of("declaredCash", "-1"));
        assertThat(mistyped.statusCode()).isEqualTo(400);
        assertThat(mistyped.body()).contains("aria-invalid=\"true\"").doesNotContain("id=\"closed\"");
        HttpResponse<String> closed = till.postWithToken("/console/batch", "/console/batch/close", Map.of("declaredCash", "18.00"));

        assertThat(closed.statusCode()).isEqualTo(200);
        assertThat(closed.body()).contains("id=\"closed\"").contains("id=\"closed-over-short\">-2.00<");
    }


    @Test
    void aWrongPinAtTheCounterIsRecordedAsAConsoleAttemptOfTheCashier() {
        String account = desk.account(desk.tariff("0.500000", "0"));
        String meter = desk.stsMeter(account);
        String page = "/console/accounts/" + account;
        ConsoleSession cashier = new ConsoleSession(port);
        cashier.signIn(desk.cashier, Desk.PASSWORD);

        HttpResponse<String> refused = cashier.postWithToken(page, page + "/card-redemptions",
                Map.of("pin", "1234567890123456", "meterNumber", meter));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(jdbc.queryForList("select channel from failed_attempt where source_id = ? and target = ?",
                String.class, desk.cashier, meter)).containsExactly("CONSOLE");
    }

    @Test
    void aCashierBuysEnergyFromTheWalletAndAPurchaseBeyondItIsRefusedAsTheApiRefusesIt() {
        String account = desk.account(desk.tariff("0.500000", "0"));
        desk.stsMeter(account);
        String second = desk.stsMeter(account);
        String page = "/console/accounts/" + account;
        ConsoleSession cashier = new ConsoleSession(port);
        cashier.signIn(desk.cashier, Desk.PASSWORD);
        assertThat(cashier.get(page).body()).contains("id=\"walletPurchase-form\"", "id=\"walletPurchase-meter\"",
                "id=\"sale-meter\"", "value=\"" + second + "\"");
        done(cashier.postWithToken(page, page + "/deposits", Map.of("amount", "20.00", "tender", "CASH")));

        long bought = done(cashier.postWithToken(page, page + "/wallet-purchases",
                Map.of("amount", "15.00", "meterNumber", second)));
        Reply refusedByApi = desk.post(desk.cashier, "/api/accounts/" + account + "/wallet/purchases",
                json("amount", "6.00", "meterNumber", second));
        assertThat(refusedByApi.status()).isEqualTo(422);
        assertThat(refusedByApi.json().get("code").asText()).isEqualTo("INSUFFICIENT_WALLET_BALANCE");
        HttpResponse<String> refused = cashier.postWithToken(page, page + "/wallet-purchases",
                Map.of("amount", "6.00", "meterNumber", second));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"walletPurchase-refusal\"")
                .contains(refusedByApi.json().get("code").asText())
                .contains(HtmlUtils.htmlEscape(refusedByApi.json().get("detail").asText()));
        JsonNode overview = desk.overviewWhen(account, o -> o.get("recentTransactions").size() == 2);
        assertThat(overview.get("balances").get("wallet").asText()).isEqualTo("5.00");
        JsonNode purchase = overview.get("recentTransactions").get(0);
        assertThat(purchase.get("transactionNumber").asLong()).isEqualTo(bought);
        assertThat(purchase.get("meterNumber").asText()).isEqualTo(second);
        assertThat(purchase.get("total").asText()).isEqualTo("15.00");
        assertThat(purchase.get("token").asText()).hasSize(20);
    }

    private static long done(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        Matcher number = DONE.matcher(response.headers().firstValue("Location").orElse(""));
        assertThat(number.find()).isTrue();
        return Long.parseLong(number.group(1));
    }
}
