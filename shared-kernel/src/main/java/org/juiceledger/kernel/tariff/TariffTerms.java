package org.juiceledger.kernel.tariff;

import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Validates and normalises what a tariff version says; prices keep six decimals, tax two. */
public final class TariffTerms {

    public static final int PRICE_SCALE = 6;
    public static final int TAX_SCALE = 2;
    private static final BigDecimal PRICE_MAX = new BigDecimal("1000000");
    private static final BigDecimal TAX_MAX = new BigDecimal("100");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");
    private static final int NAME_LENGTH_MAX = 100;

    private TariffTerms() {
    }

    public static String tariffId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw invalid("tariffId must be 1-40 letters, digits, '-' or '_'");
        }
        return id;
    }

    public static String name(String name) {
        if (name == null || name.isBlank() || name.length() > NAME_LENGTH_MAX) {
            throw invalid("name must be 1-" + NAME_LENGTH_MAX + " characters");
        }
        return name.strip();
    }

    public static BigDecimal pricePerKwh(BigDecimal price) {
        if (price == null || price.signum() <= 0 || price.compareTo(PRICE_MAX) >= 0) {
            throw invalid("pricePerKwh must be above 0 and below " + PRICE_MAX);
        }
        return scaled(price, PRICE_SCALE, "pricePerKwh");
    }

    public static BigDecimal taxPercent(BigDecimal tax) {
        if (tax == null || tax.signum() < 0 || tax.compareTo(TAX_MAX) > 0) {
            throw invalid("taxPercent must be between 0 and 100");
        }
        return scaled(tax, TAX_SCALE, "taxPercent");
    }

    private static BigDecimal scaled(BigDecimal value, int scale, String field) {
        if (value.stripTrailingZeros().scale() > scale) {
            throw invalid(field + " has more than " + scale + " decimals");
        }
        return value.setScale(scale);
    }

    private static DomainException invalid(String message) {
        return new DomainException(ErrorCode.VALIDATION_FAILED, message);
    }
}
