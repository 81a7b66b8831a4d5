package org.juiceledger.command.card.pin;

import org.juiceledger.kernel.card.Pin;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * The keyed hash a PIN is kept as: HMAC-SHA-256 under a key held only in configuration, so a copy
 * of the database is no use for guessing PINs offline. PINs are compared upper-cased and without
 * spaces, the way customers type them ({@link Pin#normalise}).
 */
public final class PinHasher {

    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    public PinHasher(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("The PIN key must be at least 256 bits");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    public String hash(String pin) {
        return HexFormat.of().formatHex(mac(Pin.normalise(pin).getBytes(StandardCharsets.US_ASCII)));
    }

    /** A key for another purpose (the print file store), derived so it never equals the PIN key. */
    public byte[] derive(String purpose) {
        return mac(("juice-ledger:" + purpose).getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] mac(byte[] data) {
        return macs.get().doFinal(data);
    }

    /** One initialised Mac per thread: looking one up and keying it cost more than the hash itself. */
    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }
}
