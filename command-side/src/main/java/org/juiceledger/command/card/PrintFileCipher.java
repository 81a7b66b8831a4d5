package org.juiceledger.command.card;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

/** AES-256-GCM with a fresh 96-bit IV per message, for print-file keys and parts. */
final class PrintFileCipher {

    static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PrintFileCipher() {
    }

    static byte[] freshIv() {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        return iv;
    }

    static SecretKeySpec freshKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return new SecretKeySpec(key, "AES");
    }

    static byte[] encrypt(SecretKeySpec key, byte[] iv, byte[] input, int length) {
        return crypt(Cipher.ENCRYPT_MODE, key, iv, input, length);
    }

    static byte[] decrypt(SecretKeySpec key, byte[] iv, byte[] input) {
        return crypt(Cipher.DECRYPT_MODE, key, iv, input, input.length);
    }

    private static byte[] crypt(int mode, SecretKeySpec key, byte[] iv, byte[] input, int length) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            return cipher.doFinal(input, 0, length);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The print file cannot be " + (mode == Cipher.ENCRYPT_MODE ? "encrypted" : "decrypted"), e);
        }
    }
}
