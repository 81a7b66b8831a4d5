package org.juiceledger.command.card.web;

import org.juiceledger.command.card.PrintFile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** A batch's print file as a download: the API's and the console's answer, alike to the header. */
public final class PrintFileDownload {

    private PrintFileDownload() {
    }

    public static ResponseEntity<StreamingResponseBody> of(String batchId, PrintFile file) {
        return ResponseEntity.ok()
                .contentType(file.encryptedToPrinter() ? new MediaType("application", "pgp-encrypted") : new MediaType("text", "csv"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + batchId
                        + (file.encryptedToPrinter() ? ".csv.asc" : ".csv") + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file::writeTo);
    }
}
