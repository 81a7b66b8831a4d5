package org.juiceledger.standalone.receipt;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.juiceledger.platform.testing.JuiceApi.Reply;
import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.juiceledger.platform.testing.TestUsers;
import org.juiceledger.standalone.testing.Desk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.juiceledger.platform.testing.JuiceApi.json;

/** Printable receipts: HTML by default, PDF on Accept, escaped names, reversed transactions and Reversals. */
@PostgresIntegrationTest
class ReceiptIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    Desk desk;

    @BeforeEach
    void setUp() {
        desk = new Desk(port);
    }

    @Test
    void aSaleHasAnHtmlAndAPdfReceiptAndAReversedOneSaysSo() throws Exception {
        String tariff = desk.tariff("0.500000", "0");
        Reply opened = desk.post(desk.cashier, "/api/accounts",
                json("name", "Nomsa \"Bee\" O'Neill & Co", "phone", "+27821234567", "tariffId", tariff));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String account = opened.json().get("accountNumber").asText();
        String meter = desk.stsMeter(account);
        desk.transact(desk.supervisor, "/api/accounts/" + account + "/arrears",
                json("amount", "40.00", "collectionPercent", "50", "description", "old bill"));
        JsonNode sale = desk.transact(desk.cashier, "/api/accounts/" + account + "/purchases",
                json("amount", "50.00", "tender", "CASH", "tendered", "60.00", "meterNumber", meter));
        long number = sale.get("transactionNumber").asLong();
        String token = group(sale.get("token").asText());
        awaitStatus(number, "OK");

        Answer html = get(number, null, desk.cashier);
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.contentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(html.text()).contains("<h1>Juice Ledger Utility</h1>", "Receipt for transaction " + number,
                "<td>" + token + "</td>", "<td>" + number + "</td>", "<td>Cash</td>", "<td>" + account + "</td>",
                "<td>" + meter + "</td>", "<td>50.0 kWh</td>", "<th>Arrears</th><td>25.00</td>",
                "<th>Amount</th><td>25.00</td>", "<th>Total</th><td>50.00</td>", "<th>Tendered</th><td>60.00</td>",
                "<th>Change</th><td>10.00</td>", "<td>" + desk.cashier + "</td>",
                "Nomsa &quot;Bee&quot; O&#39;Neill &amp; Co")
                .doesNotContain("\"Bee\"", "O'Neill", "REVERSED");

        Answer pdf = get(number, "application/pdf", desk.user("AUDITOR"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.header("Content-Disposition")).isEqualTo("inline; filename=\"receipt-" + number + ".pdf\"");
        assertThat(new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        assertThat(pdfText(pdf.body())).contains("Receipt for transaction " + number, token, "Nomsa \"Bee\" O'Neill & Co",
                "Juice Ledger Utility");

        JsonNode reversal = desk.transact(desk.supervisor, "/api/transactions/" + number + "/reversal",
                json("reason", "wrong meter"));
        long reversalNumber = reversal.get("transactionNumber").asLong();
        awaitStatus(number, "REVERSED");

        String reversedHtml = get(number, "text/html", desk.user("FINANCE")).text();
        assertThat(reversedHtml).contains("REVERSED", "reversed by transaction " + reversalNumber, "<td>Credit</td>",
                "<td>0000 0000 0000 0000 0000</td>").doesNotContain(token);
        String reversedPdf = pdfText(get(number, "application/pdf", desk.cashier).body());
        assertThat(reversedPdf).contains("REVERSED", "reversed by transaction " + reversalNumber, "Credit",
                "0000 0000 0000 0000 0000");

        awaitStatus(reversalNumber, "OK");
        String reversalHtml = get(reversalNumber, null, desk.cashier).text();
        assertThat(reversalHtml).contains("<td>Reversal</td>", "Reversal of transaction " + number,
                "<th>Reversal of</th><td>transaction " + number + "</td>", "<th>Total</th><td>-50.00</td>",
                "wrong meter");
    }

    @Test
    void unknownTransactionsAreProblemsInEitherFormat() throws Exception {
        for (String accept : new String[]{null, "application/pdf", "text/html"}) {
            Answer missing = get(987654321L, accept, desk.cashier);
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.contentType()).startsWith("application/problem+json");
            assertThat(missing.text()).contains("\"code\":\"TRANSACTION_NOT_FOUND\"");
        }
    }

    @Test
    void onlyStaffWhoReadTransactionsGetReceipts() throws Exception {
        String tariff = desk.tariff("0.500000", "0");
        String account = desk.account(tariff);
        JsonNode deposit = desk.transact(desk.cashier, "/api/accounts/" + account + "/wallet/deposits",
                json("amount", "5.00", "tender", "CASH"));
        long number = deposit.get("transactionNumber").asLong();
        awaitStatus(number, "OK");

        assertThat(get(number, null, desk.user("CARD_ADMIN")).status()).isEqualTo(403);
        assertThat(get(number, null, desk.user("GATEWAY")).status()).isEqualTo(403);
        assertThat(get(number, null, TestUsers.ADMIN).status()).isEqualTo(200);
        assertThat(get(number, null, desk.supervisor).status()).isEqualTo(200);
        HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(uri(number)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);

        Answer json = get(number, "application/json", desk.cashier);
        assertThat(json.status()).isEqualTo(406);
        assertThat(json.contentType()).startsWith("application/problem+json");
        String wallet = get(number, "*/*", desk.cashier).text();
        assertThat(wallet).contains("<td>Cash</td>", "<th>Total</th><td>5.00</td>", "<th>Tender</th><td>CASH</td>")
                .doesNotContain("<th>Token</th>", "<th>Change</th>");
    }

    private void awaitStatus(long number, String status) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> desk.api.get("/api/transactions/" + number, desk.cashier, Desk.PASSWORD),
                        reply -> reply.status() == 200 && reply.json().get("status").asText().equals(status));
    }

    private Answer get(long number, String accept, String login) throws IOException, InterruptedException {
        String password = TestUsers.ADMIN.equals(login) ? TestUsers.ADMIN_PASSWORD : Desk.PASSWORD;
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(number)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8)));
        if (accept != null) {
            request.header("Accept", accept);
        }
        HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(response);
    }

    private URI uri(long number) {
        return URI.create("http://localhost:" + port + "/api/transactions/" + number + "/receipt");
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PdfReader reader = new PdfReader(pdf)) {
            return new PdfTextExtractor(reader).getTextFromPage(1);
        }
    }

    static String group(String token) {
        return String.join(" ", token.split("(?<=\\G.{4})"));
    }

    record Answer(HttpResponse<byte[]> response) {

        int status() {
            return response.statusCode();
        }

        byte[] body() {
            return response.body();
        }

        String text() {
            return new String(response.body(), StandardCharsets.UTF_8);
        }

        String contentType() {
            return header("Content-Type");
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse("");
        }
    }
}
