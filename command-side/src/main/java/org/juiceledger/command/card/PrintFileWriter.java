package org.juiceledger.command.card;

import org.springframework.jdbc.core.JdbcTemplate;

import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes a print file in encrypted parts of about {@link #PART_BYTES} as the lines come, in the
 * generating command's transaction; {@link #finish} records how many parts there are.
 */
final class PrintFileWriter {

    static final int PART_BYTES = 1 << 20;
    private final JdbcTemplate jdbc;
    private final String batchId;
    private final SecretKeySpec dataKey;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(PART_BYTES + 4096);
    private int parts;

    PrintFileWriter(JdbcTemplate jdbc, String batchId, SecretKeySpec dataKey) {
        this.jdbc = jdbc;
        this.batchId = batchId;
        this.dataKey = dataKey;
    }

    void line(String line) {
        buffer.writeBytes(line.getBytes(StandardCharsets.US_ASCII));
        buffer.write('\n');
        if (buffer.size() >= PART_BYTES) {
            flushPart();
        }
    }

    void finish() {
        if (buffer.size() > 0 || parts == 0) {
            flushPart();
        }
        jdbc.update("update card_print_file set parts = ? where batch_id = ?", parts, batchId);
    }

    private void flushPart() {
        byte[] iv = PrintFileCipher.freshIv();
        byte[] plain = buffer.toByteArray();
        jdbc.update("insert into card_print_file_part (batch_id, part, iv, ciphertext) values (?, ?, ?, ?)",
                batchId, parts, iv, PrintFileCipher.encrypt(dataKey, iv, plain, plain.length));
        parts++;
        buffer.reset();
    }
}
