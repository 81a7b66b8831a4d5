package org.juiceledger.kernel.account;

import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;

import java.util.regex.Pattern;

/**
 * A meter's number as printed on it, the one place its form is written: 1 to {@value #LENGTH_MAX}
 * letters, digits or dashes (an STS meter's number is further checked by the token engine).
 */
public record MeterNumber(String value) {

    public static final int LENGTH_MAX = 20;
    /** What a customer or cashier is told a meter number looks like. */
    public static final String RULE = "1-" + LENGTH_MAX + " letters, digits or '-'";

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9-]{1," + LENGTH_MAX + "}");

    public MeterNumber {
        if (!isWellFormed(value)) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "A meter number is " + RULE + ".");
        }
    }

    public static boolean isWellFormed(String value) {
        return value != null && FORM.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
