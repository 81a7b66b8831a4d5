package org.juiceledger.command.card;

import org.juiceledger.command.card.pin.PinHasher;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Keeps a batch's print file (the plaintext PINs) encrypted at rest, outside the event store, until
 * its one download, then destroys it. AES-256-GCM under a key derived from the PIN key.
 */
@Component
class PrintFileStore {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private final JdbcTemplate jdbc;
    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    PrintFileStore(JdbcTemplate jdbc, PinHasher pinHasher) {
        this.jdbc = jdbc;
        this.key = new SecretKeySpec(pinHasher.derive("print-file"), "AES");
    }

    /** Keeps the file; {@code printerPublicKey} (may be null) is the key the download will be encrypted to. */
    void store(String batchId, byte[] content, String printerPublicKey) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        jdbc.update("insert into card_print_file (batch_id, iv, ciphertext, created_at, printer_public_key) "
                        + "values (?, ?, ?, ?, ?)",
                batchId, iv, crypt(Cipher.ENCRYPT_MODE, iv, content), Timestamp.from(Instant.now()), printerPublicKey);
    }

    /** Returns the file (encrypted to the printer's key when the batch named one) and deletes it, in the caller's transaction. */
    PrintFile take(String batchId) {
        List<Object[]> rows = jdbc.query("select iv, ciphertext, printer_public_key from card_print_file where batch_id = ?",
                (row, i) -> new Object[]{row.getBytes(1), row.getBytes(2), row.getString(3)}, batchId);
        if (rows.isEmpty()) {
            throw new DomainException(ErrorCode.PRINT_FILE_GONE, "The print file of batch " + batchId + " is gone.");
        }
        jdbc.update("delete from card_print_file where batch_id = ?", batchId);
        byte[] csv = crypt(Cipher.DECRYPT_MODE, (byte[]) rows.get(0)[0], (byte[]) rows.get(0)[1]);
        String printerKey = (String) rows.get(0)[2];
        return printerKey == null ? new PrintFile(csv, false) : new PrintFile(PrinterEncryption.encrypt(csv, printerKey), true);
    }

    private byte[] crypt(int mode, byte[] iv, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The print file cannot be " + (mode == Cipher.ENCRYPT_MODE ? "encrypted" : "decrypted"), e);
        }
    }
}
