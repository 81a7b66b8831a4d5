package org.juiceledger.query.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash of one link of the event chain: SHA-256 over a version tag, the previous link and every
 * column of the stored event, each field written as a 4-byte big-endian length and its bytes (a
 * null as length -1 and no bytes), so no two different events can encode to the same input.
 * Numbers are 8-byte big-endian; text is UTF-8; payload and metadata are the stored bytes.
 * Changing this encoding breaks every stored chain: add a new version tag instead.
 */
public final class ChainLink {

    /** The "previous link" of the first event. */
    public static final String GENESIS_HEX = "0".repeat(64);
    private static final byte[] VERSION = "juice-ledger/event-chain/v1".getBytes(StandardCharsets.UTF_8);
    private static final HexFormat HEX = HexFormat.of();

    private ChainLink() {
    }

    public static String link(String previousHex, StoredEvent event) {
        MessageDigest sha = sha256();
        field(sha, VERSION);
        field(sha, HEX.parseHex(previousHex));
        field(sha, number(event.position()));
        field(sha, text(event.eventId()));
        field(sha, text(event.aggregateId()));
        field(sha, number(event.sequence()));
        field(sha, text(event.aggregateType()));
        field(sha, text(event.payloadType()));
        field(sha, text(event.revision()));
        field(sha, text(event.timestamp()));
        field(sha, event.payload());
        field(sha, event.metadata());
        return HEX.formatHex(sha.digest());
    }

    /** SHA-256 of some stored bytes in hex, or null for null. */
    public static String digest(byte[] bytes) {
        return bytes == null ? null : HEX.formatHex(sha256().digest(bytes));
    }

    private static void field(MessageDigest sha, byte[] bytes) {
        sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes == null ? -1 : bytes.length).array());
        if (bytes != null) {
            sha.update(bytes);
        }
    }

    private static byte[] number(long value) {
        return ByteBuffer.allocate(Long.BYTES).putLong(value).array();
    }

    private static byte[] text(String value) {
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
