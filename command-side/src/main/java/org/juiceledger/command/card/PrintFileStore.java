package org.juiceledger.command.card;

import org.juiceledger.command.card.pin.PinHasher;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/**
 * Keeps a batch's print file (the plaintext PINs) encrypted at rest, outside the event store, until
 * its one download, then destroys it. Each file has a random AES-256-GCM data key, kept wrapped under
 * a key derived from the PIN key; the file itself is kept in parts under the data key (V91).
 */
@Component
class PrintFileStore {

    private final JdbcTemplate jdbc;
    private final SecretKeySpec key;
    private final Clock clock;

    PrintFileStore(JdbcTemplate jdbc, PinHasher pinHasher, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.key = new SecretKeySpec(pinHasher.derive("print-file"), "AES");
    }

    /** Starts the file; {@code printerPublicKey} (may be null) is the key the download will be encrypted to. */
    PrintFileWriter create(String batchId, String printerPublicKey) {
        SecretKeySpec dataKey = PrintFileCipher.freshKey();
        byte[] iv = PrintFileCipher.freshIv();
        byte[] wrapped = PrintFileCipher.encrypt(key, iv, dataKey.getEncoded(), dataKey.getEncoded().length);
        jdbc.update("insert into card_print_file (batch_id, iv, ciphertext, created_at, printer_public_key) "
                + "values (?, ?, ?, ?, ?)", batchId, iv, wrapped, Timestamp.from(clock.instant()), printerPublicKey);
        return new PrintFileWriter(jdbc, batchId, dataKey);
    }

    /**
     * Takes the file, in the caller's transaction: its key row is deleted there, so once that commits
     * no one can read the parts again. The returned content streams the parts (decrypted, and
     * encrypted to the printer's key when the batch named one) and then deletes them.
     */
    PrintFile take(String batchId) {
        List<Object[]> rows = jdbc.query("select iv, ciphertext, printer_public_key, parts from card_print_file "
                        + "where batch_id = ? for update",
                (row, i) -> new Object[]{row.getBytes(1), row.getBytes(2), row.getString(3), row.getObject(4)}, batchId);
        if (rows.isEmpty()) {
            throw new DomainException(ErrorCode.PRINT_FILE_GONE, "The print file of batch " + batchId + " is gone.");
        }
        jdbc.update("delete from card_print_file where batch_id = ?", batchId);
        byte[] unwrapped = PrintFileCipher.decrypt(key, (byte[]) rows.get(0)[0], (byte[]) rows.get(0)[1]);
        String printerKey = (String) rows.get(0)[2];
        PrintFile.Content csv = rows.get(0)[3] == null
                ? out -> out.write(unwrapped)
                : out -> streamParts(batchId, new SecretKeySpec(unwrapped, "AES"), ((Number) rows.get(0)[3]).intValue(), out);
        return printerKey == null ? new PrintFile(false, csv)
                : new PrintFile(true, out -> PrinterEncryption.encrypt(csv, printerKey, out));
    }

    private void streamParts(String batchId, SecretKeySpec dataKey, int parts, OutputStream out) throws IOException {
        try {
            for (int part = 0; part < parts; part++) {
                Object[] row = jdbc.queryForObject("select iv, ciphertext from card_print_file_part where batch_id = ? "
                        + "and part = ?", (r, i) -> new Object[]{r.getBytes(1), r.getBytes(2)}, batchId, part);
                out.write(PrintFileCipher.decrypt(dataKey, (byte[]) row[0], (byte[]) row[1]));
            }
        } finally {
            // the key is gone already: whatever is left could not be read, and is removed here
            jdbc.update("delete from card_print_file_part where batch_id = ?", batchId);
        }
    }
}
