package org.juiceledger.standalone.console.support;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * A CSV table as the API's reports write it (RFC 4180, LF line ends): text with a comma, quote or
 * line break quoted; text a spreadsheet would run as a formula gets a leading apostrophe.
 */
public final class CsvText {

    private final StringBuilder text = new StringBuilder();

    public CsvText(String... header) {
        row((Object[]) header);
    }

    public CsvText row(Object... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(field(fields[i]));
        }
        text.append('\n');
        return this;
    }

    public ResponseEntity<byte[]> download(String filename) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal amount) {
            return amount.toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        String field = value.toString();
        if (!field.isEmpty() && "=+-@".indexOf(field.charAt(0)) >= 0) {
            field = "'" + field;
        }
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            field = "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }
}
