package org.juiceledger.sts;

import org.junit.jupiter.api.Test;

import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 2994's own test data. */
class Misty1Test {

    private static final byte[] KEY = HexFormat.of().parseHex("00112233445566778899aabbccddeeff");

    @Test
    void encryptsAndDecryptsTheRfcVectors() {
        Misty1 cipher = new Misty1(KEY);

        assertThat(cipher.encrypt(0x0123456789abcdefL)).isEqualTo(0x8b1da5f56ab3d07cL);
        assertThat(cipher.encrypt(0xfedcba9876543210L)).isEqualTo(0x04b68240b13be95dL);
        assertThat(cipher.decrypt(0x8b1da5f56ab3d07cL)).isEqualTo(0x0123456789abcdefL);
        assertThat(cipher.decrypt(0x04b68240b13be95dL)).isEqualTo(0xfedcba9876543210L);
    }
}
