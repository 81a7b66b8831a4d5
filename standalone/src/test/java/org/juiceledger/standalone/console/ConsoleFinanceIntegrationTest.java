package org.juiceledger.standalone.console;

import com.fasterxml.jackson.databind.JsonNode;
import org.juiceledger.platform.testing.JuiceApi.Reply;
import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.juiceledger.standalone.testing.Desk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.juiceledger.platform.testing.JuiceApi.json;

/**
 * The finance desk over plain HTTP against the API's own figures: the general ledger's running
 * balances end where the trial balance stands and its CSV is the API's statement; the sales per day
 * are the cashier totals summed per day; the settlements table downloads as CSV.
 */
@PostgresIntegrationTest
class ConsoleFinanceIntegrationTest {

    private static final Pattern BALANCE = Pattern.compile("class=\"num ledger-balance\">([-0-9.]+)<");
    @LocalServerPort
    int port;
    Desk desk;
    String finance;
    LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @BeforeEach
    void setUp() {
        desk = new Desk(port);
        finance = desk.user("FINANCE");
    }

    @Test
    void theLedgerShowsEachLinesRunningBalanceAndEndsWhereTheTrialBalanceStands() {
        String cashier = desk.user("CASHIER");
        String account = desk.account(desk.tariff("0.500000", "0"));
        desk.stsMeter(account);
        desk.transact(cashier, "/api/accounts/" + account + "/purchases", json("amount", "12.34", "tender", "CASH"));
        desk.transact(cashier, "/api/accounts/" + account + "/purchases", json("amount", "7.66", "tender", "CASH"));
        desk.transact(cashier, "/api/accounts/" + account + "/wallet/deposits", json("amount", "5.00", "tender", "CASH"));
        String cash = "CASH_ON_HAND:" + cashier + ":CASH";
        String statement = "/api/ledger/accounts/" + cash + "/statement";
        await().atMost(Duration.ofSeconds(20)).until(() -> desk.api.get(statement, finance, Desk.PASSWORD).json(),
                s -> s.get("total").asLong() == 3);
        ConsoleSession session = new ConsoleSession(port);
        session.signIn(finance, Desk.PASSWORD);

        String page = session.get("/console/finance/ledger?account=" + encoded(cash)).body();
        assertThat(balances(page)).containsExactly("12.34", "20.00", "25.00");
        assertThat(figure(page, "ledger-total")).isEqualTo("3");
        assertThat(figure(page, "ledger-side")).isEqualTo("DEBIT");
        JsonNode trial = desk.api.get("/api/reports/trial-balance", finance, Desk.PASSWORD).json();
        assertThat(figure(page, "ledger-closing")).isEqualTo(trialLine(trial, cash).get("debit").asText()).isEqualTo("25.00");
        assertThat(page).contains("<option value=\"" + cash + "\" selected=\"selected\">");

        // a liability stands on its credit side; its last page ends at the trial balance's credit
        String wallet = session.get("/console/finance/ledger?account=WALLET_LIABILITY").body();
        long lines = Long.parseLong(figure(wallet, "ledger-total"));
        String last = session.get("/console/finance/ledger?account=WALLET_LIABILITY&page=" + (lines - 1) / 100).body();
        assertThat(figure(last, "ledger-side")).isEqualTo("CREDIT");
        assertThat(figure(last, "ledger-closing")).isEqualTo(trialLine(trial, "WALLET_LIABILITY").get("credit").asText());
        List<String> walletBalances = balances(last);
        assertThat(walletBalances.get(walletBalances.size() - 1)).isEqualTo(figure(last, "ledger-closing"));

        // the download is the API's statement CSV, line for line
        Reply apiCsv = desk.api.exchange(HttpMethod.GET, statement + "?size=5000", finance, Desk.PASSWORD, null,
                Map.of("Accept", "text/csv"));
        HttpResponse<String> csv = session.get("/console/finance/ledger.csv?account=" + encoded(cash));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("attachment"));
        assertThat(csv.body()).isEqualTo(apiCsv.body());
        assertThat(csv.body().lines()).hasSize(4);
        assertThat(csv.body().lines().skip(1).map(l -> l.substring(l.lastIndexOf(',') + 1)).toList())
                .containsExactly("12.34", "20.00", "25.00");

        // a range after the lines: none shown, the balance before it is the balance so far
        String tomorrow = session.get("/console/finance/ledger?account=" + encoded(cash) + "&from=" + today.plusDays(1)).body();
        assertThat(figure(tomorrow, "ledger-total")).isEqualTo("0");
        assertThat(figure(tomorrow, "ledger-opening")).isEqualTo("25.00");
        assertThat(figure(session.get("/console/finance/ledger?account=" + encoded(cash) + "&from=" + today + "&to=" + today)
                .body(), "ledger-total")).isEqualTo("3");

        HttpResponse<String> unknown = session.get("/console/finance/ledger?account=NO_SUCH_ACCOUNT");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("NOT_FOUND");
        ConsoleSession till = new ConsoleSession(port);
        till.signIn(cashier, Desk.PASSWORD);
        assertThat(till.get("/console/finance/ledger?account=" + encoded(cash)).statusCode()).isEqualTo(403);
        assertThat(till.get("/console/finance/ledger.csv?account=" + encoded(cash)).statusCode()).isEqualTo(403);
    }

    @Test
    void salesPerDayAreTheCashierTotalsSummedPerDayAndTheSettlementsDownloadAsCsv() {
        String cashier = desk.user("CASHIER");
        String account = desk.account(desk.tariff("0.500000", "0"));
        desk.stsMeter(account);
        desk.transact(cashier, "/api/accounts/" + account + "/wallet/deposits", json("amount", "10.00", "tender", "CASH"));
        desk.transact(cashier, "/api/accounts/" + account + "/purchases", json("amount", "4.50", "tender", "CC"));
        Reply closed = desk.post(cashier, "/api/cashiers/" + cashier + "/batch-close", json("declaredCash", "9.00"));
        assertThat(closed.status()).as(closed.body()).isEqualTo(201);
        String from = today.atStartOfDay().toInstant(ZoneOffset.UTC).toString();
        String to = today.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).toString();
        JsonNode api = await().atMost(Duration.ofSeconds(20)).until(() -> desk.api.get("/api/reports/cashier-totals?from="
                + from + "&to=" + to + "&cashier=" + cashier, finance, Desk.PASSWORD).json(), t -> t.get("settlements").size() == 1);
        BigDecimal sum = BigDecimal.ZERO;
        long count = 0;
        for (JsonNode row : api.get("rows")) {
            sum = sum.add(new BigDecimal(row.get("amount").asText()));
            count += row.get("count").asLong();
        }
        assertThat(sum).isEqualByComparingTo("14.50");

        ConsoleSession session = new ConsoleSession(port);
        session.signIn(finance, Desk.PASSWORD);
        String page = session.get("/console/finance/cashier-totals?from=" + today.minusDays(2) + "&to=" + today
                + "&cashier=" + cashier).body();
        String row = row(page, "sales-" + today);
        assertThat(row).contains(">" + count + "</td>").contains("class=\"num sales-amount\">" + sum.setScale(2) + "<");
        assertThat(row(page, "sales-" + today.minusDays(1))).contains("class=\"num sales-amount\">0.00<");
        String chart = page.substring(page.indexOf("<figure class=\"panel\" id=\"sales-chart\">"), page.indexOf("</figure>"));
        assertThat(chart.split("<rect ", -1)).as("one bar a day").hasSize(4);
        assertThat(chart).contains("<rect fill=\"#0e3a6b\" x=\"90\" y=\"20\" width=\"30\" height=\"160\">")
                .contains("<rect fill=\"#0e3a6b\" x=\"50\" y=\"180\" width=\"30\" height=\"0\">")
                .contains("<title>" + today + ": 14.50</title>").doesNotContain("style=");

        HttpResponse<String> csv = session.get("/console/finance/settlements.csv?from=" + today + "&to=" + today
                + "&cashier=" + cashier);
        assertThat(csv.statusCode()).isEqualTo(200);
        List<String> lines = csv.body().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("cashier,batch,openedAt,closedAt,closedBy,expectedCash,expectedCc,expectedCheck,"
                + "expectedDc,declaredCash,overShort");
        JsonNode settlement = api.get("settlements").get(0);
        assertThat(lines.get(1)).startsWith(cashier + "," + settlement.get("batchNumber").asText() + ",")
                .endsWith("," + cashier + ",10.00,4.50,0.00,0.00,9.00,-1.00");
        assertThat(page).contains("id=\"settlements-csv\"");
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> balances(String page) {
        List<String> found = new ArrayList<>();
        Matcher balance = BALANCE.matcher(page);
        while (balance.find()) {
            found.add(balance.group(1));
        }
        return found;
    }

    private static String figure(String page, String id) {
        Matcher value = Pattern.compile("id=\"" + id + "\">([^<]*)<").matcher(page);
        assertThat(value.find()).as(id + " in " + page).isTrue();
        return value.group(1);
    }

    private static String row(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private static JsonNode trialLine(JsonNode trial, String account) {
        for (JsonNode line : trial.get("lines")) {
            if (line.get("account").asText().equals(account)) {
                return line;
            }
        }
        throw new AssertionError("no line " + account + " in " + trial);
    }
}
