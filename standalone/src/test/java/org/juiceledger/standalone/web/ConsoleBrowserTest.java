package org.juiceledger.standalone.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.juiceledger.platform.testing.JuiceApi.Reply;
import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.juiceledger.standalone.testing.CardStock;
import org.juiceledger.standalone.testing.CardStock.Batch;
import org.juiceledger.standalone.testing.Desk;
import org.juiceledger.standalone.testing.TokenDecoding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juiceledger.platform.testing.JuiceApi.json;

/**
 * The staff console in a real headless Chromium on PostgreSQL, used as the roles use it every day:
 * a cashier finds an account, sells and prints; a supervisor verifies and activates a range of
 * cards and reverses a sale; finance downloads cashier totals that match the API to the cent; an
 * auditor checks the hash chain; and a cashier cannot open a supervisor's action by its URL.
 */
@PostgresIntegrationTest
class ConsoleBrowserTest {

    @LocalServerPort
    int port;
    static HeadlessChromium chromium;
    ConsoleBrowser console;
    Desk desk;

    @BeforeAll
    static void startChromium() {
        chromium = HeadlessChromium.start();
    }

    @AfterAll
    static void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void setUp() {
        console = new ConsoleBrowser(chromium.driver, port);
        desk = new Desk(port);
    }

    @Test
    void aCashierFindsAnAccountSellsSeesTheTokenAndPrintsTheReceipt() {
        String account = desk.account(desk.tariff("0.500000", "0"));
        String meter = desk.stsMeter(account);

        console.signIn(desk.cashier, Desk.PASSWORD);
        assertThat(console.heading()).isEqualTo("Staff console");
        assertThat(console.driver().findElements(By.linkText("Cashier totals"))).as("not a cashier's desk").isEmpty();
        console.type("q", meter);
        console.driver().findElement(By.id("q")).sendKeys(Keys.ENTER);
        console.click(By.linkText(account));
        assertThat(console.heading()).isEqualTo("Account " + account);
        assertThat(console.text("wallet")).isEqualTo("0.00");
        console.screenshot("cashier-account");

        console.type("sale-amount", "50.00");
        new Select(console.driver().findElement(By.id("sale-tender"))).selectByValue("CASH");
        console.type("sale-tendered", "60.00");
        console.click(By.id("sell"));

        String token = console.text("done-token");
        assertThat(token).matches("\\d{4}( \\d{4}){4}");
        assertThat(TokenDecoding.kwh(token.replace(" ", ""), meter)).isEqualTo("100.0");
        assertThat(console.text("done-change")).isEqualTo("10.00");
        assertThat(console.text("done-units")).isEqualTo("100.0 kWh");
        assertThat(console.text("done-total")).isEqualTo("50.00");
        console.screenshot("cashier-sale");
        JsonNode sale = desk.overviewWhen(account, o -> o.get("recentTransactions").size() == 1).get("recentTransactions").get(0);
        assertThat(sale.get("token").asText()).isEqualTo(token.replace(" ", ""));
        WebElement row = console.driver().findElement(By.id("t" + sale.get("transactionNumber").asText()));
        assertThat(row.findElement(By.className("tx-token")).getText()).isEqualTo(token);
        assertThat(row.findElement(By.className("tx-total")).getText()).isEqualTo(sale.get("total").asText());
        assertThat(row.findElements(By.cssSelector("form.reverse"))).as("a cashier may not reverse").isEmpty();
        assertThat(row.getText()).contains("Send SMS", "Send email", "Print");

        String receiptHref = console.driver().findElement(By.id("done-print")).getDomProperty("href");
        console.open(receiptHref.substring(receiptHref.indexOf("/console")));
        String receipt = console.driver().findElement(By.tagName("body")).getText();
        assertThat(receipt).contains("Receipt for transaction " + sale.get("transactionNumber").asText())
                .contains(token).contains("Thandi Nkosi").contains("10.00");
        HttpResponse<String> pdf = console.download(receiptHref + ".pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");
    }

    @Test
    void aCashierCannotOpenASupervisorsActionEvenByItsUrl() {
        String account = desk.account(desk.tariff("0.500000", "0"));
        desk.stsMeter(account);
        long sale = desk.transact(desk.cashier, "/api/accounts/" + account + "/purchases",
                json("amount", "20.00", "tender", "CASH")).get("transactionNumber").asLong();
        String auditor = desk.user("AUDITOR");

        console.signIn(desk.cashier, Desk.PASSWORD);
        console.open("/console/audit/chain");
        assertThat(console.heading()).isEqualTo("Not allowed");
        assertThat(console.text("main")).contains("FORBIDDEN").contains("Your role may not do this.");
        console.screenshot("forbidden");
        console.open("/console/finance/trial-balance");
        assertThat(console.heading()).isEqualTo("Not allowed");
        // the reversal form is not on the page; sent anyway (with a valid CSRF token) it is refused
        console.open("/console/accounts/" + account);
        String csrf = console.driver().findElement(By.cssSelector("#sale-form input[name=_csrf]")).getDomProperty("value");
        ((org.openqa.selenium.JavascriptExecutor) console.driver()).executeScript("""
                const f = document.createElement('form'); f.method = 'post';
                f.action = '/console/transactions/' + arguments[0] + '/reversal?account=' + arguments[1];
                for (const [n, v] of [['reason', 'by hand'], ['_csrf', arguments[2]]]) {
                  const i = document.createElement('input'); i.name = n; i.value = v; f.appendChild(i); }
                document.body.appendChild(f); f.submit();""", sale, account, csrf);
        new org.openqa.selenium.support.ui.WebDriverWait(console.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> d.getTitle().startsWith("Not allowed"));
        assertThat(desk.overviewShowing(account, sale, "OK")).isNotNull();

        console.signIn(auditor, Desk.PASSWORD);
        console.open("/console/accounts/" + account);
        assertThat(console.driver().findElements(By.id("sale-form"))).as("an auditor reads, never sells").isEmpty();
    }

    @Test
    void aSupervisorVerifiesAndActivatesFiftyCardsThenReversesASale() {
        CardStock stock = new CardStock(desk, desk.user("CARD_ADMIN"));
        Batch batch = stock.generate(50, "10.00", 16, "NUMERIC");
        String account = desk.account(desk.tariff("0.500000", "0"));
        desk.stsMeter(account);
        JsonNode sale = desk.transact(desk.cashier, "/api/accounts/" + account + "/purchases",
                json("amount", "30.00", "tender", "CASH"));
        long saleNumber = sale.get("transactionNumber").asLong();

        console.signIn(desk.supervisor, Desk.PASSWORD);
        console.open("/console/cards/activate");
        console.driver().findElement(By.id("batch")).click();
        // a scanner types the serial and Enter: that asks for the last serial and changes nothing
        console.driver().findElement(By.id("firstSerial")).sendKeys(batch.serial(0));
        console.driver().findElement(By.id("firstSerial")).sendKeys(Keys.ENTER);
        new org.openqa.selenium.support.ui.WebDriverWait(console.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> d.findElements(By.id("ask-last")).size() == 1);
        assertThat(console.driver().switchTo().activeElement().getDomProperty("id")).isEqualTo("lastSerial");
        console.driver().switchTo().activeElement().sendKeys(batch.serial(49));
        console.type("customer", "Corner Shop");
        console.click(By.id("verify"));
        assertThat(console.text("report-quantity")).isEqualTo("50");
        assertThat(console.text("report-total")).isEqualTo("500.00");
        JsonNode before = desk.api.get("/api/cards/" + batch.serial(0), desk.supervisor, Desk.PASSWORD).json();
        assertThat(before.get("state").asText()).as("verify changes nothing").isEqualTo("AVAILABLE");
        console.screenshot("supervisor-verify");
        console.click(By.id("activate"));
        assertThat(console.text("sold")).startsWith("Sold 50 cards for 500.00: transaction ");
        for (int i : new int[] {0, 25, 49}) {
            assertThat(desk.api.get("/api/cards/" + batch.serial(i), desk.supervisor, Desk.PASSWORD).json()
                    .get("state").asText()).isEqualTo("ACTIVATED");
        }
        // the same range again: all or none, the API's refusal at the form
        console.click(By.id("verify"));
        assertThat(console.driver().findElements(By.cssSelector("#problems tbody tr"))).hasSize(50);
        assertThat(console.driver().findElements(By.id("activate"))).isEmpty();

        console.open("/console/accounts/" + account);
        console.type("reason-" + saleNumber, "Customer returned the token unused");
        console.click(By.cssSelector("#t" + saleNumber + " form.reverse button"));
        assertThat(console.driver().findElement(By.cssSelector("#t" + saleNumber + " .tx-type")).getText())
                .isEqualTo("Credit (reversed)");
        assertThat(console.driver().findElement(By.cssSelector("#t" + saleNumber + " .tx-token")).getText())
                .isEqualTo("0000 0000 0000 0000 0000");
        console.screenshot("supervisor-reversal");
        JsonNode reversed = desk.overviewShowing(account, saleNumber, "REVERSED");
        assertThat(reversed.get("recentTransactions").get(0).get("type").asText()).isEqualTo("Reversal");

        // a supervisor who made a sale may not reverse it: the refusal is shown plainly at the row
        long own = desk.transact(desk.supervisor, "/api/accounts/" + account + "/purchases",
                json("amount", "20.00", "tender", "CASH")).get("transactionNumber").asLong();
        console.open("/console/accounts/" + account);
        console.type("reason-" + own, "mine");
        console.click(By.cssSelector("#t" + own + " form.reverse button"));
        assertThat(console.driver().findElement(By.cssSelector("#t" + own + " .refusal")).getText())
                .startsWith("SEPARATION_OF_DUTIES").contains("ask another supervisor");
    }

    @Test
    void financeDownloadsCashierTotalsThatMatchTheApi() {
        String account = desk.account(desk.tariff("0.500000", "0"));
        desk.stsMeter(account);
        desk.transact(desk.cashier, "/api/accounts/" + account + "/purchases", json("amount", "12.34", "tender", "CASH"));
        desk.transact(desk.cashier, "/api/accounts/" + account + "/purchases", json("amount", "7.66", "tender", "CC"));
        desk.transact(desk.cashier, "/api/accounts/" + account + "/wallet/deposits", json("amount", "5.00", "tender", "CASH"));
        String finance = desk.user("FINANCE");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String from = today.atStartOfDay().toInstant(ZoneOffset.UTC).toString();
        String to = today.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).toString();
        Reply api = desk.api.exchange(HttpMethod.GET, "/api/reports/cashier-totals?from=" + from + "&to=" + to
                + "&cashier=" + desk.cashier, finance, Desk.PASSWORD, null, Map.of("Accept", "text/csv"));
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.body().lines()).hasSizeGreaterThan(2);

        console.signIn(finance, Desk.PASSWORD);
        console.click(By.linkText("Cashier totals"));
        console.type("cashier", desk.cashier);
        console.click(By.id("show"));
        List<String> shown = new ArrayList<>();
        for (WebElement row : console.driver().findElements(By.cssSelector("#totals tbody tr"))) {
            shown.add(String.join(",", row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()));
        }
        assertThat(shown).containsExactlyElementsOf(api.body().lines().skip(1).toList());
        console.screenshot("finance-cashier-totals");
        HttpResponse<String> csv = console.download(console.driver().findElement(By.id("csv")).getDomProperty("href"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("attachment"));
        assertThat(csv.body()).isEqualTo(api.body());
        // the sale for cash and the cash deposit are both type Cash: 12.34 + 5.00
        assertThat(csv.body()).contains(",Cash,CASH,2,17.34\n").contains(",Cash-CC,CC,1,7.66\n");

        assertThat(console.driver().findElements(By.cssSelector("#sales-chart svg rect"))).as("one bar for the one day").hasSize(1);
        assertThat(console.driver().findElement(By.cssSelector("#sales-" + today + " .sales-amount")).getText()).isEqualTo("25.00");

        console.click(By.linkText("Card inventory"));
        JsonNode inventory = desk.api.get("/api/reports/card-inventory", finance, Desk.PASSWORD).json();
        assertThat(console.text("liability")).isEqualTo(inventory.get("outstandingLiability").asText());
        assertThat(console.driver().findElements(By.cssSelector("svg.chart rect"))).hasSize(4);
        console.screenshot("finance-card-inventory");
        console.click(By.linkText("Trial balance"));
        JsonNode trial = desk.api.get("/api/reports/trial-balance", finance, Desk.PASSWORD).json();
        assertThat(console.driver().findElement(By.cssSelector("#trial-balance tfoot")).getText())
                .contains(trial.get("totalDebit").asText()).contains(trial.get("totalCredit").asText());

        // the general ledger: choose the cashier's cash drawer and a day, with the keyboard's Enter
        console.click(By.linkText("General ledger"));
        new Select(console.driver().findElement(By.id("account"))).selectByValue("CASH_ON_HAND:" + desk.cashier + ":CASH");
        console.driver().findElement(By.id("from")).sendKeys(today.format(java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy")));
        console.click(By.id("show"));
        assertThat(console.driver().getCurrentUrl()).contains("from=" + today);
        assertThat(console.text("ledger-total")).isEqualTo("2");
        assertThat(console.driver().findElements(By.cssSelector("#ledger .ledger-balance"))).extracting(WebElement::getText)
                .containsExactly("12.34", "17.34");
        console.screenshot("finance-ledger");
    }

    @Test
    void anAuditorFiltersTheEventHistoryAndFollowsAProjectionVerification() {
        String account = desk.account(desk.tariff("0.500000", "0"));
        desk.transact(desk.cashier, "/api/accounts/" + account + "/wallet/deposits", json("amount", "2.00", "tender", "CASH"));
        console.signIn(desk.user("AUDITOR"), Desk.PASSWORD);
        console.click(By.linkText("Event history"));
        console.type("who", desk.cashier);
        new Select(console.driver().findElement(By.id("channel"))).selectByValue("REST");
        console.type("aggregateId", account);
        console.driver().findElement(By.id("aggregateId")).sendKeys(Keys.ENTER);
        new org.openqa.selenium.support.ui.WebDriverWait(console.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().contains("channel=REST"));
        List<WebElement> who = console.driver().findElements(By.cssSelector("#events .event-who"));
        assertThat(who).isNotEmpty().extracting(WebElement::getText).containsOnly(desk.cashier);
        assertThat(console.driver().findElements(By.cssSelector("#events .event-type"))).extracting(WebElement::getText)
                .contains("AccountOpened");
        assertThat(console.driver().findElement(By.id("ndjson")).getDomProperty("href"))
                .contains("who=" + desk.cashier).contains("channel=REST").contains("aggregateId=" + account);
        console.screenshot("auditor-events");

        console.click(By.linkText("Projection verification"));
        console.click(By.id("verify-projections"));
        // the page reloads itself (meta refresh) until the run is done
        new org.openqa.selenium.support.ui.WebDriverWait(console.driver(), java.time.Duration.ofSeconds(60))
                .until(d -> d.findElement(By.id("run-state")).getText().equals("DONE"));
        assertThat(console.text("run-result")).startsWith("Every projection follows from the events: no mismatch");
        assertThat(console.text("run-percent")).isEqualTo("100 %");
        console.screenshot("auditor-verification");
    }

    @Test
    void anAuditorRunsTheChainCheck() {
        String auditor = desk.user("AUDITOR");
        console.signIn(auditor, Desk.PASSWORD);
        console.click(By.linkText("Hash chain"));
        console.click(By.id("verify-chain"));
        assertThat(console.text("chain-result")).matches("The chain is intact: \\d+ events checked\\.");
        console.screenshot("auditor-chain");
        console.click(By.linkText("Event history"));
        assertThat(console.driver().findElements(By.cssSelector("#events tbody tr"))).isNotEmpty();
        assertThat(console.text("main")).contains("personal data is masked");
        console.click(By.linkText("Projections"));
        assertThat(console.driver().findElements(By.cssSelector("#projections tbody tr"))).hasSizeGreaterThanOrEqualTo(5);
        console.signOut();
        assertThat(console.heading()).isEqualTo("Sign in");
        console.open("/console/audit/chain");
        assertThat(console.heading()).as("signed out: back to the form").isEqualTo("Sign in");
    }

    @Test
    void anAdminCreatesAUserAndDisablesThemAndTheAuditorSeesWhoDidIt() {
        String admin = desk.user("ADMIN");
        String login = org.juiceledger.platform.testing.TestUsers.uniqueLogin("teller");
        console.signIn(admin, Desk.PASSWORD);
        console.click(By.linkText("Users"));
        console.type("new-login", login);
        console.type("new-name", "Sipho Mokoena");
        console.type("new-password", Desk.PASSWORD);
        console.driver().findElement(By.id("new-role-CASHIER")).click();
        console.type("new-vendorLimit", "800.00");
        console.type("new-specialLimit", "80.00");
        console.click(By.id("create-user"));
        assertThat(console.heading()).isEqualTo("User " + login);
        assertThat(console.text("user-roles")).isEqualTo("CASHIER");
        assertThat(console.text("user-vendorLimit")).isEqualTo("800.00");
        console.click(By.id("toggle-user"));
        assertThat(console.text("user-state")).isEqualTo("disabled");
        assertThat(console.driver().findElements(By.cssSelector("p.notice"))).extracting(WebElement::getText)
                .containsExactly("The user is disabled.");
        assertThat(console.driver().findElements(By.cssSelector("#user-changes .change-channel")))
                .extracting(WebElement::getText).containsExactly("CONSOLE", "CONSOLE");
        console.screenshot("admin-user");

        console.signIn(login, Desk.PASSWORD);
        assertThat(console.heading()).as("disabled: no sign-in").isEqualTo("Sign in");
        assertThat(console.text("main")).contains("Wrong login or password.");

        console.signIn(desk.user("AUDITOR"), Desk.PASSWORD);
        console.click(By.linkText("User changes"));
        console.type("login", login);
        console.driver().findElement(By.id("login")).sendKeys(Keys.ENTER);
        new org.openqa.selenium.support.ui.WebDriverWait(console.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().contains("login=" + login));
        assertThat(console.driver().findElements(By.cssSelector("#user-changes .change-kind")))
                .extracting(WebElement::getText).containsExactly("DISABLED", "CREATED");
        assertThat(console.driver().findElements(By.cssSelector("#user-changes .change-who")))
                .extracting(WebElement::getText).containsOnly(admin);
    }
}
