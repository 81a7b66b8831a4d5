package org.juiceledger.command.card;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A batch's print file as it leaves: the CSV, or the CSV encrypted to the printer's OpenPGP key.
 * Its content is written part by part to the response ({@link #writeTo}), never held whole.
 */
public record PrintFile(boolean encryptedToPrinter, Content content) {

    /** Writes the file's bytes; called once, after the download was recorded. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public void writeTo(OutputStream out) throws IOException {
        content.writeTo(out);
    }
}
