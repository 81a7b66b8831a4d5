package org.juiceledger.sts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A meter's token inputs (the vending key is not one: configuration holds it). Validated here:
 * DRN with its check digit, 6-digit supply group, 2-digit tariff index, key revision 1-9, base date.
 */
public record StsMeter(String drn, String supplyGroupCode, String tariffIndex, int keyRevision, int keyType,
                       int baseDate, Algorithm algorithm) {

    public StsMeter {
        MeterNumbers.checkDrn(drn);
        if (supplyGroupCode == null || !supplyGroupCode.matches("[0-9]{6}")) {
            throw invalid("The supply group code is 6 digits");
        }
        if (tariffIndex == null || !tariffIndex.matches("[0-9]{2}")) {
            throw invalid("The tariff index is 2 digits");
        }
        if (keyRevision < 1 || keyRevision > 9) {
            throw invalid("The key revision is 1 to 9");
        }
        if (keyType < 0 || keyType > 9) {
            throw invalid("The key type is one digit");
        }
        if (baseDate != 1993 && baseDate != 2014 && baseDate != 2035) {
            throw invalid("The base date is 1993, 2014 or 2035");
        }
        if (algorithm == null) {
            throw invalid("The encryption algorithm is EA07 or EA11");
        }
    }

    public String pan() {
        return MeterNumbers.pan(drn);
    }

    public Instant baseInstant() {
        return LocalDate.of(baseDate, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static StsException invalid(String message) {
        return new StsException(StsException.Reason.INVALID_METER, message);
    }

    /** EA07 (STA) or EA11 (MISTY1). */
    public enum Algorithm {
        EA07("07", 0x40), EA11("11", 0x80);

        private final String code;
        private final int keyBits;

        Algorithm(String code, int keyBits) {
            this.code = code;
            this.keyBits = keyBits;
        }

        public String code() {
            return code;
        }

        public int keyBits() {
            return keyBits;
        }
    }
}
