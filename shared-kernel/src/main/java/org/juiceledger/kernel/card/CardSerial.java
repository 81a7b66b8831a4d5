package org.juiceledger.kernel.card;

import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;

import java.util.regex.Pattern;

/**
 * A card's serial number, the one place its form is written: up to {@value #WIDTH} digits as
 * typed, always {@value #WIDTH} digits with leading zeros as stored and printed.
 */
public record CardSerial(long number) implements Comparable<CardSerial> {

    public static final int WIDTH = 10;
    /** What a cashier is told a serial looks like. */
    public static final String RULE = "up to " + WIDTH + " digits";

    private static final Pattern TYPED = Pattern.compile("[0-9]{1," + WIDTH + "}");
    private static final long MAX = 9_999_999_999L;

    public CardSerial {
        if (number < 0 || number > MAX) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "A serial is " + RULE + ".");
        }
    }

    /** A serial as typed; refuses anything but up to {@value #WIDTH} digits. */
    public static CardSerial parse(String typed) {
        if (!isWellFormed(typed)) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "A serial is " + RULE + ".");
        }
        return new CardSerial(Long.parseLong(typed));
    }

    public static boolean isWellFormed(String typed) {
        return typed != null && TYPED.matcher(typed).matches();
    }

    /** The serial as stored and printed: {@value #WIDTH} digits. */
    public String value() {
        return String.format("%0" + WIDTH + "d", number);
    }

    public CardSerial next() {
        return new CardSerial(number + 1);
    }

    @Override
    public int compareTo(CardSerial other) {
        return Long.compare(number, other.number);
    }

    @Override
    public String toString() {
        return value();
    }
}
