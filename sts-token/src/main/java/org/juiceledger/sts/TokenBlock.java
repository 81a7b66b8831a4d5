package org.juiceledger.sts;

import java.math.BigInteger;

/**
 * The 66-bit token: Class(2) SubClass(4) RND(4) TID(24) Amount(16) CRC(16). The 64 bits after the
 * class are encrypted; then the class goes back in place of ciphertext bits 28 and 27, which move
 * to the top (bits 65 and 64). Written as 20 decimal digits.
 */
public record TokenBlock(int tokenClass, int subclass, int rnd, int tid, int amount) {

    private static final BigInteger LIMIT = BigInteger.ONE.shiftLeft(66);

    public TokenBlock {
        if (tokenClass < 0 || tokenClass > 3 || subclass < 0 || subclass > 15 || rnd < 0 || rnd > 15
                || tid < 0 || tid > 0xFFFFFF || amount < 0 || amount > 0xFFFF) {
            throw new IllegalArgumentException("a token field is out of range");
        }
    }

    /** Class..Amount, the 50 bits the CRC covers. */
    public long fiftyBits() {
        return ((long) tokenClass << 48) | ((long) subclass << 44) | ((long) rnd << 40) | ((long) tid << 16) | amount;
    }

    public int crc() {
        return Crc16.of(fiftyBits());
    }

    /** SubClass|RND|TID|Amount|CRC: the 64 bits that are encrypted. */
    public long dataBlock() {
        return ((fiftyBits() & 0xFFFFFFFFFFFFL) << 16) | crc();
    }

    /** Reads a decrypted data block, checking its CRC against the class it travelled with. */
    public static TokenBlock fromDataBlock(int tokenClass, long block) {
        TokenBlock parsed = new TokenBlock(tokenClass, (int) (block >>> 60) & 0xF, (int) (block >>> 56) & 0xF,
                (int) (block >>> 32) & 0xFFFFFF, (int) (block >>> 16) & 0xFFFF);
        if (parsed.crc() != (int) (block & 0xFFFF)) {
            throw new StsException(StsException.Reason.CRC_MISMATCH, "The token's CRC does not match: wrong meter or mistyped");
        }
        return parsed;
    }

    /** Puts the class back into a ciphertext and writes the 20-digit token. */
    public static String toDigits(int tokenClass, long ciphertext) {
        long bit28 = (ciphertext >>> 28) & 1;
        long bit27 = (ciphertext >>> 27) & 1;
        long withClass = (ciphertext & ~(3L << 27)) | ((long) ((tokenClass >>> 1) & 1) << 28) | ((long) (tokenClass & 1) << 27);
        BigInteger value = BigInteger.valueOf(bit28).shiftLeft(65).or(BigInteger.valueOf(bit27).shiftLeft(64))
                .or(new BigInteger(Long.toUnsignedString(withClass)));
        String digits = value.toString();
        return "0".repeat(20 - digits.length()) + digits;
    }

    /** The class and the ciphertext of a 20-digit token. */
    public static Parsed parse(String token) {
        if (token == null || !token.matches("[0-9]{20}")) {
            throw new StsException(StsException.Reason.INVALID_TOKEN, "A token is 20 digits");
        }
        BigInteger value = new BigInteger(token);
        if (value.compareTo(LIMIT) >= 0) {
            throw new StsException(StsException.Reason.INVALID_TOKEN, "The number is too large to be a token");
        }
        long low = value.longValue();
        int tokenClass = (int) (((low >>> 28) & 1) << 1 | ((low >>> 27) & 1));
        long bit28 = value.testBit(65) ? 1 : 0;
        long bit27 = value.testBit(64) ? 1 : 0;
        long ciphertext = (low & ~(3L << 27)) | (bit28 << 28) | (bit27 << 27);
        return new Parsed(tokenClass, ciphertext);
    }

    /** A token taken apart, before decryption. */
    public record Parsed(int tokenClass, long ciphertext) {
    }
}
