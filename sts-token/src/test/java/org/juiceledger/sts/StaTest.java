package org.juiceledger.sts;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * EA07 (STA) with synthetic tables made up in the test: the key schedule, the choice of table by
 * key bit, the permutation, and encryption and decryption being inverses. The real tables are
 * licensed and not in the repository; {@link Ea07RealTablesTest} uses them when they are given.
 */
class StaTest {

    private static final int[] IDENTITY_16 = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};
    private static final int[] COMPLEMENT_16 = {15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0};
    private static final Ea07Tables SYNTHETIC = SyntheticEa07Tables.random(7);

    private static int[] identity64() {
        int[] p = new int[64];
        for (int i = 0; i < 64; i++) {
            p[i] = i;
        }
        return p;
    }

    @Test
    void keyAlignmentComplementsAndRotatesRightByTwelveThenLeftByOnePerRound() {
        long dk = 0x0123456789abcdefL;

        assertThat(Sta.align(dk)).isEqualTo(0x210fedcba9876543L);
        assertThat(Sta.roundKey(dk, 0)).isEqualTo(0x210fedcba9876543L);
        assertThat(Sta.roundKey(dk, 1)).isEqualTo(0x421fdb97530eca86L);
        for (int round = 0; round < Sta.ROUNDS; round++) {
            assertThat(Sta.roundKey(dk, round)).isEqualTo(Long.rotateLeft(Long.rotateRight(~dk, 12), round));
        }
    }

    @Test
    void eachNibbleUsesS1WhenItsKeyBitIsZeroAndS2WhenItIsOne() {
        Sta sta = new Sta(Ea07Tables.of(IDENTITY_16, COMPLEMENT_16, identity64()), new byte[8]);
        long data = 0x0123456789abcdefL;

        assertThat(sta.substitute(data, 0L)).isEqualTo(data);
        assertThat(sta.substitute(data, -1L)).isEqualTo(~data);
        for (int n = 0; n < 16; n++) {
            long onlyNibbleN = 0xFL << (4 * n);
            assertThat(sta.substitute(data, 1L << (4 * n + 3))).as("nibble %d", n).isEqualTo(data ^ onlyNibbleN);
            long otherBitsOfTheKeyNibble = 0x7L << (4 * n);
            assertThat(sta.substitute(data, otherBitsOfTheKeyNibble)).as("nibble %d, low key bits", n).isEqualTo(data);
        }
    }

    @Test
    void substitutionLooksEachNibbleUpInTheTable() {
        int[][] raw = SyntheticEa07Tables.raw(11);
        Sta sta = new Sta(Ea07Tables.of(raw[0], raw[1], identity64()), new byte[8]);
        long data = 0xfedcba9876543210L;
        long key = 0x8000800080008000L;
        long expected = 0;
        for (int n = 0; n < 16; n++) {
            int[] table = n % 4 == 3 ? raw[1] : raw[0];
            expected |= (long) table[n] << (4 * n);
        }

        assertThat(sta.substitute(data, key)).isEqualTo(expected);
        assertThat(sta.unsubstitute(expected, key)).isEqualTo(data);
    }

    @Test
    void bitIMovesToPositionPOfI() {
        int[] rotateByOne = new int[64];
        for (int i = 0; i < 64; i++) {
            rotateByOne[i] = (i + 1) % 64;
        }
        Sta sta = new Sta(Ea07Tables.of(IDENTITY_16, IDENTITY_16, rotateByOne), new byte[8]);

        assertThat(sta.permute(1L)).isEqualTo(2L);
        assertThat(sta.permute(Long.MIN_VALUE)).isEqualTo(1L);
        assertThat(sta.permute(0x0123456789abcdefL)).isEqualTo(Long.rotateLeft(0x0123456789abcdefL, 1));
        assertThat(sta.unpermute(sta.permute(0x0123456789abcdefL))).isEqualTo(0x0123456789abcdefL);
    }

    @Test
    void sixteenRoundsUseTheRotatingKey() {
        // With S1 = identity, S2 = complement and no permutation, round r flips nibble n exactly
        // when bit 4n+3 of its round key is set; round r's key bit j is bit j-r of the aligned key.
        Random random = new Random(3);
        for (int trial = 0; trial < 50; trial++) {
            long dk = random.nextLong();
            long block = random.nextLong();
            Sta sta = new Sta(Ea07Tables.of(IDENTITY_16, COMPLEMENT_16, identity64()), Dkga02.toBytes(dk));
            long aligned = Long.rotateRight(~dk, 12);
            long expected = block;
            for (int n = 0; n < 16; n++) {
                int flips = 0;
                for (int round = 0; round < 16; round++) {
                    flips += (int) (aligned >>> Math.floorMod(4 * n + 3 - round, 64)) & 1;
                }
                if (flips % 2 == 1) {
                    expected ^= 0xFL << (4 * n);
                }
            }
            assertThat(sta.encrypt(block)).isEqualTo(expected);
        }
    }

    @Test
    void encryptionIsSixteenRoundsOfSubstitutionThenPermutation() {
        long dk = 0x1122334455667788L;
        Sta sta = new Sta(SYNTHETIC, Dkga02.toBytes(dk));
        long block = 0x0B19EB230100C207L;
        long expected = block;
        for (int round = 0; round < 16; round++) {
            expected = sta.permute(sta.substitute(expected, Sta.roundKey(dk, round)));
        }
        assertThat(sta.encrypt(block)).isEqualTo(expected).isNotEqualTo(block);
    }

    @Test
    void decryptionInvertsEncryption() {
        Random random = new Random(5);
        for (int trial = 0; trial < 200; trial++) {
            Sta sta = new Sta(SyntheticEa07Tables.random(trial), Dkga02.toBytes(random.nextLong()));
            long block = random.nextLong();
            assertThat(sta.decrypt(sta.encrypt(block))).isEqualTo(block);
            assertThat(sta.encrypt(sta.decrypt(block))).isEqualTo(block);
        }
    }

    @Test
    void theKeyMatters() {
        long block = 0x05599863000119E6L;
        assertThat(new Sta(SYNTHETIC, Dkga02.toBytes(1L)).encrypt(block))
                .isNotEqualTo(new Sta(SYNTHETIC, Dkga02.toBytes(2L)).encrypt(block));
    }

    @Test
    void takesOnlyA64BitKey() {
        assertThatThrownBy(() -> new Sta(SYNTHETIC, new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }
}
