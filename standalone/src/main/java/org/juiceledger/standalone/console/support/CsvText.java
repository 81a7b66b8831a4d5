package org.juiceledger.standalone.console.support;

import org.juiceledger.query.ledger.web.Csv;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;

/** A console table as a CSV download, written by the reports' own {@link Csv} so both escape alike. */
public final class CsvText {

    private final Csv csv;

    public CsvText(String... header) {
        this.csv = new Csv(header);
    }

    public CsvText row(Object... fields) {
        csv.row(fields);
        return this;
    }

    public ResponseEntity<byte[]> download(String filename) {
        return download(csv.toString(), filename);
    }

    /** CSV text written elsewhere with {@link Csv} (a report's own columns), as a download. */
    public static ResponseEntity<byte[]> download(String csvText, String filename) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(csvText.getBytes(StandardCharsets.UTF_8));
    }
}
