package org.juiceledger.sts;

/**
 * The 16-bit amount of a class 0 token, in tenths of a kWh: exponent (2 bits) and mantissa (14
 * bits), value = m·10^e + Σ_{i=1..e} 2^14·10^(i−1). Above 1638.3 kWh not every tenth can travel,
 * so the vending side first takes {@link #floorToRepresentable} and never sells more than a token carries.
 */
public final class TokenAmount {

    /** The largest amount one token carries: e=3, m=16383, 18201624 tenths (1820162.4 kWh). */
    public static final long MAX_TENTHS = decode(0xFFFF);
    private static final int MANTISSA_LIMIT = 1 << 14;

    private TokenAmount() {
    }

    public static long decode(int field) {
        int exponent = (field >>> 14) & 0x3;
        long mantissa = field & 0x3FFF;
        long value = mantissa * pow10(exponent);
        for (int i = 1; i <= exponent; i++) {
            value += MANTISSA_LIMIT * pow10(i - 1);
        }
        return value;
    }

    /** Encodes an amount that one token carries exactly; refuses anything else. */
    public static int encode(long tenths) {
        requireNotNegative(tenths);
        if (tenths > MAX_TENTHS) {
            throw new StsException(StsException.Reason.AMOUNT_TOO_LARGE,
                    "One token carries 0 to " + MAX_TENTHS + " tenths of a kWh; " + tenths + " is out of range");
        }
        int exponent = 0;
        long rest = tenths;
        while (rest >= MANTISSA_LIMIT) {
            rest -= MANTISSA_LIMIT;
            rest = (rest + 9) / 10;
            exponent++;
        }
        int field = (exponent << 14) | (int) rest;
        if (decode(field) != tenths) {
            throw new StsException(StsException.Reason.AMOUNT_TOO_LARGE,
                    tenths + " tenths cannot travel exactly on a token; " + floorToRepresentable(tenths) + " can");
        }
        return field;
    }

    /**
     * The amount a token asked for {@code tenths} would carry under the encoding's own rule (the
     * mantissa rounded up): 2000.0 kWh travels as 2000.4. The engine never does this silently; it is
     * here to show the vending side what rounding up would give away.
     */
    public static long roundUpToRepresentable(long tenths) {
        requireNotNegative(tenths);
        if (tenths > MAX_TENTHS) {
            throw new StsException(StsException.Reason.AMOUNT_TOO_LARGE,
                    "One token carries at most " + MAX_TENTHS + " tenths of a kWh");
        }
        int exponent = 0;
        long rest = tenths;
        while (rest >= MANTISSA_LIMIT) {
            rest = (rest - MANTISSA_LIMIT + 9) / 10;
            exponent++;
        }
        return decode((exponent << 14) | (int) rest);
    }

    /**
     * The largest amount not above {@code tenths} that a token carries exactly: what the vending side
     * sells for money that buys {@code tenths} (rounded down), so it never sells more than was paid for.
     */
    public static long floorToRepresentable(long tenths) {
        requireNotNegative(tenths);
        if (tenths > MAX_TENTHS) {
            throw new StsException(StsException.Reason.AMOUNT_TOO_LARGE,
                    "One token carries at most " + MAX_TENTHS + " tenths of a kWh");
        }
        int exponent = 0;
        long base = 0;
        while (exponent < 3 && tenths >= base + MANTISSA_LIMIT * pow10(exponent)) {
            base += MANTISSA_LIMIT * pow10(exponent);
            exponent++;
        }
        long mantissa = (tenths - base) / pow10(exponent);
        return mantissa * pow10(exponent) + base;
    }

    private static void requireNotNegative(long tenths) {
        if (tenths < 0) {
            throw new StsException(StsException.Reason.INVALID_AMOUNT, "An amount cannot be negative");
        }
    }

    private static long pow10(int exponent) {
        long value = 1;
        for (int i = 0; i < exponent; i++) {
            value *= 10;
        }
        return value;
    }
}
