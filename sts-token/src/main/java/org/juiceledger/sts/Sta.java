package org.juiceledger.sts;

/**
 * EA07, the Standard Transfer Algorithm: a 64-bit block under a 64-bit decoder key, 16 rounds of
 * substitution (each nibble n through S1 or S2, chosen by bit 4n+3 of the round key) and
 * permutation. The round key starts as the complemented decoder key rotated right by 12 bits
 * (key alignment) and is rotated left by one bit after every round. Decryption runs the inverse
 * steps in reverse order. The tables come from {@link Ea07Tables}; none are built in.
 */
public final class Sta implements BlockCipher64 {

    static final int ROUNDS = 16;

    private final Ea07Tables tables;
    private final long alignedKey;
    private final int[] inverseS1 = new int[16];
    private final int[] inverseS2 = new int[16];
    private final int[] permutation;
    private final int[] inversePermutation = new int[64];

    public Sta(Ea07Tables tables, byte[] decoderKey) {
        if (decoderKey.length != 8) {
            throw new IllegalArgumentException("STA takes a 64-bit decoder key");
        }
        this.tables = tables;
        this.alignedKey = align(Dkga02.toLong(decoderKey));
        int[] s1 = tables.s1();
        int[] s2 = tables.s2();
        for (int i = 0; i < 16; i++) {
            inverseS1[s1[i]] = i;
            inverseS2[s2[i]] = i;
        }
        permutation = tables.permutation();
        for (int i = 0; i < 64; i++) {
            inversePermutation[permutation[i]] = i;
        }
    }

    /** Key alignment: NOT DK, rotated right by 12 bits. This is the key of round 0. */
    static long align(long decoderKey) {
        return Long.rotateRight(~decoderKey, 12);
    }

    /** The key of round {@code round} (0-based): the aligned key rotated left once per earlier round. */
    static long roundKey(long decoderKey, int round) {
        return Long.rotateLeft(align(decoderKey), round);
    }

    @Override
    public long encrypt(long block) {
        long key = alignedKey;
        long data = block;
        for (int round = 0; round < ROUNDS; round++) {
            data = permute(substitute(data, key));
            key = Long.rotateLeft(key, 1);
        }
        return data;
    }

    @Override
    public long decrypt(long block) {
        long key = Long.rotateLeft(alignedKey, ROUNDS - 1);
        long data = block;
        for (int round = ROUNDS - 1; round >= 0; round--) {
            data = unsubstitute(unpermute(data), key);
            key = Long.rotateRight(key, 1);
        }
        return data;
    }

    /** Nibble n (bits 4n..4n+3) goes through S1 when bit 4n+3 of {@code key} is 0, through S2 when it is 1. */
    long substitute(long data, long key) {
        long out = 0;
        for (int n = 0; n < 16; n++) {
            int nibble = (int) (data >>> (4 * n)) & 0xF;
            boolean keyBit = ((key >>> (4 * n + 3)) & 1) != 0;
            out |= (long) tables.substitute(keyBit, nibble) << (4 * n);
        }
        return out;
    }

    long unsubstitute(long data, long key) {
        long out = 0;
        for (int n = 0; n < 16; n++) {
            int nibble = (int) (data >>> (4 * n)) & 0xF;
            boolean keyBit = ((key >>> (4 * n + 3)) & 1) != 0;
            out |= (long) (keyBit ? inverseS2[nibble] : inverseS1[nibble]) << (4 * n);
        }
        return out;
    }

    /** Bit i moves to position P[i]. */
    long permute(long data) {
        return move(data, permutation);
    }

    long unpermute(long data) {
        return move(data, inversePermutation);
    }

    private static long move(long data, int[] to) {
        long out = 0;
        for (int i = 0; i < 64; i++) {
            out |= ((data >>> i) & 1L) << to[i];
        }
        return out;
    }
}
