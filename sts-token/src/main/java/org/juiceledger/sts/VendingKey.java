package org.juiceledger.sts;

import java.util.HexFormat;

/** The utility's vending key, from configuration only. Its text form never shows the key. */
public final class VendingKey {

    private final byte[] key;

    private VendingKey(byte[] key) {
        this.key = key;
    }

    /** 16 hex digits (64 bits, DKGA02) or 40 (160 bits, DKGA04). */
    public static VendingKey ofHex(String hex) {
        byte[] key;
        try {
            key = HexFormat.of().parseHex(hex == null ? "" : hex.strip());
        } catch (IllegalArgumentException e) {
            throw new StsException(StsException.Reason.INVALID_KEY, "The vending key is not hex");
        }
        if (key.length != 8 && key.length != 20) {
            throw new StsException(StsException.Reason.INVALID_KEY, "The vending key has 16 or 40 hex digits");
        }
        return new VendingKey(key);
    }

    byte[] bytes() {
        return key.clone();
    }

    public int bits() {
        return key.length * 8;
    }

    @Override
    public String toString() {
        return "VendingKey[" + bits() + " bits, redacted]";
    }
}
