package org.juiceledger.sts;

/** A token that cannot be made or read, with the reason. Never carries key material. */
public class StsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Reason reason;

    public StsException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** Why; the names are stable codes that callers map to their own errors. */
    public enum Reason {
        /** Above what one token carries, or not exactly representable (see {@link TokenAmount#floorToRepresentable}). */
        AMOUNT_TOO_LARGE,
        /** A negative amount. */
        INVALID_AMOUNT,
        /** Not 20 digits, or not below 2^66. */
        INVALID_TOKEN,
        /** The decrypted block's CRC does not match: another meter's token, or mistyped. */
        CRC_MISMATCH,
        /** A token class this engine neither builds nor reads (1 and 3). */
        UNSUPPORTED_CLASS,
        /** A subclass this engine does not build. */
        UNSUPPORTED_SUBCLASS,
        /** A management token's register value out of range for its subclass. */
        INVALID_VALUE,
        /** A meter's token inputs are malformed (DRN, SGC, TI, KRN, KT, base date, algorithm). */
        INVALID_METER,
        /** The time cannot be a TID for the meter's base date (before it, or past 2^24-1 minutes). */
        TID_OUT_OF_RANGE,
        /** The meter's algorithm cannot be served with this vending key or without the EA07 tables. */
        UNSUPPORTED_ALGORITHM,
        /** The vending key is missing or malformed. */
        INVALID_KEY,
        /** The EA07 tables file is missing or malformed. */
        INVALID_TABLES
    }
}
