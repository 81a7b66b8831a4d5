package org.juiceledger.sts;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;

/**
 * Key derivation DKGA04: HMAC-SHA-256 under the 160-bit vending key, in the NIST SP 800-108
 * feedback mode with no IV and no counter (one block). The base date is part of the key.
 */
public final class Dkga04 {

    private Dkga04() {
    }

    public static byte[] derive(VendingKey vendingKey, StsMeter meter) {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        message.write(0x04);
        lengthPrefixed(message, "04");
        lengthPrefixed(message, String.valueOf(meter.baseDate()).substring(2));
        lengthPrefixed(message, meter.algorithm().code());
        lengthPrefixed(message, meter.tariffIndex());
        message.write(0x00);
        message.write(0x04);
        lengthPrefixed(message, meter.supplyGroupCode());
        lengthPrefixed(message, String.valueOf(meter.keyType()));
        lengthPrefixed(message, String.valueOf(meter.keyRevision()));
        lengthPrefixed(message, meter.pan());
        int bits = meter.algorithm().keyBits();
        message.writeBytes(new byte[]{0, 0, (byte) (bits >>> 8), (byte) bits});
        return Arrays.copyOf(hmac(vendingKey, message.toByteArray()), bits / 8);
    }

    private static void lengthPrefixed(ByteArrayOutputStream out, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        out.write(bytes.length);
        out.writeBytes(bytes);
    }

    private static byte[] hmac(VendingKey key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.bytes(), "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }
}
