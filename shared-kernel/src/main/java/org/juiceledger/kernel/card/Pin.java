package org.juiceledger.kernel.card;

import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A card's PIN, the one place its limits are written: {@value #LENGTH_MIN} to {@value #LENGTH_MAX}
 * letters and digits, compared upper-cased and without the spaces and dashes customers type (at
 * most {@value #TYPED_MAX} characters as typed). A secret: it never appears in {@link #toString()}.
 */
public final class Pin {

    public static final int LENGTH_MIN = 12;
    public static final int LENGTH_MAX = 24;
    /** How long a PIN may be as typed, with the spaces and dashes a customer adds. */
    public static final int TYPED_MAX = 40;
    /** What a customer is told a PIN looks like. */
    public static final String RULE = LENGTH_MIN + " to " + LENGTH_MAX + " letters and digits";

    private static final Pattern NORMAL = Pattern.compile("[A-Z0-9]{" + LENGTH_MIN + "," + LENGTH_MAX + "}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern TYPED_NOISE = Pattern.compile("[\\s-]");

    private final String value;

    /** Refuses anything that is not a PIN as typed ({@link ErrorCode#PIN_MALFORMED}). */
    public Pin(String typed) {
        if (!isWellFormed(typed)) {
            throw new DomainException(ErrorCode.PIN_MALFORMED, "A PIN is " + RULE + ".");
        }
        this.value = normalise(typed);
    }

    /** The PIN as compared and hashed: upper case, without spaces or dashes. */
    public static String normalise(String typed) {
        return typed == null ? "" : TYPED_NOISE.matcher(typed).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /** Whether this, as a customer typed it, is a PIN (of any card; it need not exist). */
    public static boolean isWellFormed(String typed) {
        return typed != null && typed.length() <= TYPED_MAX && NORMAL.matcher(normalise(typed)).matches();
    }

    /** Whether a batch may print PINs of this length in this alphabet. */
    public static boolean lengthAllowed(int length, PinAlphabet alphabet) {
        // a 20-digit numeric PIN would be confused with an STS token
        return length >= LENGTH_MIN && length <= LENGTH_MAX && !(alphabet == PinAlphabet.NUMERIC && length == 20);
    }

    public boolean isNumeric() {
        return DIGITS.matcher(value).matches();
    }

    /** The normalised PIN, for hashing only. */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Pin pin && pin.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "***";
    }
}
