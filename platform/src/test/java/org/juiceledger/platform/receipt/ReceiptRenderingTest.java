package org.juiceledger.platform.receipt;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** The receipt's lines, its HTML (escaped) and its PDF (text that can be read back). */
class ReceiptRenderingTest {

    private static final String TOKEN = "12345678901234567890";
    private static final Instant AT = Instant.parse("2026-03-04T05:06:07Z");

    static Receipt cash(String name) {
        return new Receipt("Juice Ledger Utility", ZoneId.of("UTC"), 4711, AT, "Cash", "OK", "10000001", name,
                "01234567897", TOKEN, new BigDecimal("50.00"), "kWh", new BigDecimal("25.00"), new BigDecimal("50.00"),
                new BigDecimal("25.00"), "CASH", new BigDecimal("60.00"), new BigDecimal("10.00"), "cashier1", null,
                null, null);
    }

    static Receipt reversed() {
        return new Receipt("Juice Ledger Utility", ZoneId.of("UTC"), 4711, AT, "Credit", "REVERSED", "10000001", "Thandi",
                "01234567897", Receipt.ZERO_TOKEN, new BigDecimal("50.0"), "kWh", new BigDecimal("25.00"),
                new BigDecimal("50.00"), new BigDecimal("25.00"), "CASH", null, null, "cashier1", 4712L, null, null);
    }

    @Test
    void linesShowEveryFigureWithTheTokenInGroupsOfFour() {
        Receipt receipt = cash("Thandi Nkosi");
        assertThat(receipt.groupedToken()).isEqualTo("1234 5678 9012 3456 7890");
        assertThat(receipt.lines()).extracting(Receipt.Line::label).containsExactly("Transaction", "Date", "Type",
                "Status", "Account", "Customer", "Meter", "Token", "Units", "Arrears", "Amount", "Total", "Tender",
                "Tendered", "Change", "Cashier");
        assertThat(receipt.lines()).contains(new Receipt.Line("Units", "50.0 kWh"),
                new Receipt.Line("Date", "2026-03-04 05:06:07 UTC"), new Receipt.Line("Change", "10.00"));
        assertThat(receipt.notice()).isNull();
        assertThat(Receipt.group(null)).isNull();
    }

    @Test
    void htmlEscapesEveryValue() {
        String html = ReceiptHtml.render(cash("<script>alert(\"x\")</script> O'Brien & Sons"));
        assertThat(html).startsWith("<!DOCTYPE html>")
                .contains("Juice Ledger Utility", "1234 5678 9012 3456 7890", "4711", "Cash", "60.00", "cashier1")
                .contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; O&#39;Brien &amp; Sons")
                .doesNotContain("<script>", "alert(\"x\")", "O'Brien");
    }

    @Test
    void htmlEscapesTheUtilityNameToo() {
        Receipt receipt = new Receipt("A \"B\" <C>", ZoneId.of("UTC"), 1, AT, "Free", "OK", "1", null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, "why <not>");
        String html = ReceiptHtml.render(receipt);
        assertThat(html).contains("A &quot;B&quot; &lt;C&gt;", "why &lt;not&gt;").doesNotContain("<C>", "<not>");
    }

    @Test
    void aReversedTransactionSaysSoClearly() {
        String html = ReceiptHtml.render(reversed());
        assertThat(html).contains("REVERSED", "reversed by transaction 4712", "Credit", "0000 0000 0000 0000 0000");
        Receipt reversal = new Receipt("U", ZoneId.of("UTC"), 4712, AT, "Reversal", "OK", "10000001", null, null, null,
                null, null, new BigDecimal("-25.00"), new BigDecimal("-50.00"), new BigDecimal("-25.00"), null, null,
                null, "super1", null, 4711L, "wrong meter");
        assertThat(ReceiptHtml.render(reversal)).contains("Reversal of transaction 4711", "-50.00");
    }

    @Test
    void pdfIsAPdfWithTheTransactionInIt() throws IOException {
        byte[] pdf = ReceiptPdf.render(cash("O'Brien \"Bee\""));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text).contains("Juice Ledger Utility", "4711", "1234 5678 9012 3456 7890", "O'Brien \"Bee\"", "50.0 kWh");
    }

    @Test
    void pdfOfAReversedTransactionSaysReversed() throws IOException {
        String text = text(ReceiptPdf.render(reversed()));
        assertThat(text).contains("REVERSED", "reversed by transaction 4712", "Credit", "0000 0000 0000 0000 0000");
    }

    static String text(byte[] pdf) throws IOException {
        try (PdfReader reader = new PdfReader(pdf)) {
            return new PdfTextExtractor(reader).getTextFromPage(1);
        }
    }
}
