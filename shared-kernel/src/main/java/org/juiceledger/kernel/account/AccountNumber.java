package org.juiceledger.kernel.account;

import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;

import java.util.regex.Pattern;

/**
 * An account's number, the one place its form is written: 1 to {@value #LENGTH_MAX}
 * letters, digits or dashes.
 */
public record AccountNumber(String value) {

    public static final int LENGTH_MAX = 20;
    /** What a customer or cashier is told an account number looks like. */
    public static final String RULE = "1-" + LENGTH_MAX + " letters, digits or '-'";

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9-]{1," + LENGTH_MAX + "}");

    public AccountNumber {
        if (!isWellFormed(value)) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "An account number is " + RULE + ".");
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
