package org.juiceledger.sts;

/** Meter numbers: the 11-digit DRN with its Luhn check digit, and the 18-digit PAN built from it. */
public final class MeterNumbers {

    public static final String IIN = "600727";

    private MeterNumbers() {
    }

    public static void checkDrn(String drn) {
        if (drn == null || !drn.matches("[0-9]{11}")) {
            throw new StsException(StsException.Reason.INVALID_METER, "An STS meter number is 11 digits");
        }
        if (luhnDigit(drn.substring(0, 10)) != drn.charAt(10) - '0') {
            throw new StsException(StsException.Reason.INVALID_METER, "The meter number's check digit is wrong");
        }
    }

    /** IIN + DRN + a Luhn check digit over those 17 digits. */
    public static String pan(String drn) {
        checkDrn(drn);
        String body = IIN + drn;
        return body + luhnDigit(body);
    }

    /** The Luhn check digit to append to {@code digits}. */
    public static int luhnDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                digit = digit > 9 ? digit - 9 : digit;
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }
}
