package org.juiceledger.sts;

import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;

/**
 * Key derivation DKGA02 for a 64-bit vending key: PANBlock = the last 5 digits of the IIN and the
 * 11-digit DRN; CtrlBlock = KT(1) SGC(6) TI(2) KRN(1) FFFFFF, both read as 16 hex digits; then
 * DK = DES_VK(P⊕C) ⊕ (P⊕C) ⊕ VK. It gives a 64-bit decoder key (EA07 only); the base date is not
 * part of it.
 */
public final class Dkga02 {

    private Dkga02() {
    }

    public static byte[] derive(VendingKey vendingKey, StsMeter meter) {
        if (vendingKey.bits() != 64) {
            throw new StsException(StsException.Reason.INVALID_KEY, "DKGA02 takes a 64-bit vending key");
        }
        long vk = toLong(vendingKey.bytes());
        long input = panBlock(meter) ^ controlBlock(meter);
        long dk = des(vendingKey, input) ^ input ^ vk;
        return toBytes(dk);
    }

    /** The last 5 digits of the IIN, then the DRN, as 16 hex digits. */
    static long panBlock(StsMeter meter) {
        return Long.parseUnsignedLong(MeterNumbers.IIN.substring(1) + meter.drn(), 16);
    }

    /** KT, SGC, TI, KRN, then FFFFFF, as 16 hex digits. */
    static long controlBlock(StsMeter meter) {
        return Long.parseUnsignedLong(meter.keyType() + meter.supplyGroupCode() + meter.tariffIndex()
                + meter.keyRevision() + "FFFFFF", 16);
    }

    /** One DES block under the vending key (ECB, no padding; parity bits are ignored). */
    static long des(VendingKey vendingKey, long block) {
        try {
            Cipher des = Cipher.getInstance("DES/ECB/NoPadding");
            des.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(vendingKey.bytes(), "DES"));
            return toLong(des.doFinal(toBytes(block)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("DES is not available", e);
        }
    }

    static long toLong(byte[] bytes) {
        long value = 0;
        for (byte b : bytes) {
            value = (value << 8) | (b & 0xFF);
        }
        return value;
    }

    static byte[] toBytes(long value) {
        byte[] bytes = new byte[8];
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (value >>> (56 - 8 * i));
        }
        return bytes;
    }
}
