package org.juiceledger.sts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

/** A meter's token inputs: the DRN's Luhn check digit, the PAN, the validated fields, the vending key. */
class MeterIdentityTest {

    /** Luhn validity of a whole number, check digit included: written independently of MeterNumbers. */
    private static boolean luhnValid(String number) {
        int sum = 0;
        boolean doubled = false;
        for (int i = number.length() - 1; i >= 0; i--) {
            int digit = number.charAt(i) - '0';
            if (doubled) {
                digit = digit * 2 % 10 + digit * 2 / 10;
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    @ParameterizedTest
    @ValueSource(strings = {"00000000000", "79927398713", "01234567897", "12345678903", "99999999990"})
    void acceptsDrnsWithTheirLuhnDigit(String drn) {
        assertThat(luhnValid(drn)).isTrue();
        assertThatCode(() -> MeterNumbers.checkDrn(drn)).doesNotThrowAnyException();
    }

    @Test
    void rejectsEverySingleDigitChangeOfAValidDrn() {
        String drn = "79927398713";
        for (int position = 0; position < 11; position++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (drn.charAt(position) != digit) {
                    String wrong = drn.substring(0, position) + digit + drn.substring(position + 1);
                    assertThatThrownBy(() -> MeterNumbers.checkDrn(wrong)).as(wrong)
                            .isInstanceOfSatisfying(StsException.class, e -> {
                                assertThat(e.reason()).isEqualTo(StsException.Reason.INVALID_METER);
                                assertThat(e.getMessage()).contains("check digit");
                            });
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "7992739871", "799273987130", "7992739871a", " 79927398713", "７９９２７３９８７１３"})
    void rejectsAnythingButElevenDigits(String drn) {
        assertThatThrownBy(() -> MeterNumbers.checkDrn(drn)).hasMessageContaining("11 digits");
    }

    @Test
    void rejectsNoDrn() {
        assertThatThrownBy(() -> MeterNumbers.checkDrn(null)).isInstanceOf(StsException.class);
    }

    @Test
    void thePanIsTheIinTheDrnAndACheckDigitOverBoth() {
        assertThat(MeterNumbers.pan("00000000000")).isEqualTo("600727000000000009");
        for (String drn : new String[]{"79927398713", "01234567897", "12345678903", "99999999990"}) {
            String pan = MeterNumbers.pan(drn);
            assertThat(pan).hasSize(18).startsWith("600727" + drn);
            assertThat(luhnValid(pan)).as(pan).isTrue();
        }
        assertThat(Conformance.EA11_METER.pan()).isEqualTo("600727000000000009");
    }

    @Test
    void thePanRefusesABadDrn() {
        assertThatThrownBy(() -> MeterNumbers.pan("79927398710")).hasMessageContaining("check digit");
    }

    @Test
    void aMeterChecksEachInput() {
        assertInvalidMeter(() -> meter("79927398710", "123457", "01", 1, 2, 1993), "check digit");
        assertInvalidMeter(() -> meter("79927398713", "12345", "01", 1, 2, 1993), "supply group code");
        assertInvalidMeter(() -> meter("79927398713", "1234567", "01", 1, 2, 1993), "supply group code");
        assertInvalidMeter(() -> meter("79927398713", null, "01", 1, 2, 1993), "supply group code");
        assertInvalidMeter(() -> meter("79927398713", "123457", "1", 1, 2, 1993), "tariff index");
        assertInvalidMeter(() -> meter("79927398713", "123457", "0a", 1, 2, 1993), "tariff index");
        assertInvalidMeter(() -> meter("79927398713", "123457", "01", 0, 2, 1993), "key revision");
        assertInvalidMeter(() -> meter("79927398713", "123457", "01", 10, 2, 1993), "key revision");
        assertInvalidMeter(() -> meter("79927398713", "123457", "01", 1, 10, 1993), "key type");
        assertInvalidMeter(() -> meter("79927398713", "123457", "01", 1, -1, 1993), "key type");
        assertInvalidMeter(() -> meter("79927398713", "123457", "01", 1, 2, 2000), "base date");
        assertInvalidMeter(() -> new StsMeter("79927398713", "123457", "01", 1, 2, 1993, null), "algorithm");
    }

    @Test
    void theBaseDatesAreMidnightUtc() {
        assertThat(meter("79927398713", "123457", "01", 1, 2, 1993).baseInstant()).isEqualTo(Instant.parse("1993-01-01T00:00:00Z"));
        assertThat(meter("79927398713", "123457", "01", 1, 2, 2014).baseInstant()).isEqualTo(Instant.parse("2014-01-01T00:00:00Z"));
        assertThat(meter("79927398713", "123457", "01", 1, 2, 2035).baseInstant()).isEqualTo(Instant.parse("2035-01-01T00:00:00Z"));
    }

    @Test
    void theVendingKeyIsHexOfSixtyFourOrOneHundredSixtyBitsAndNeverShown() {
        assertThat(Conformance.KEY_64.bits()).isEqualTo(64);
        assertThat(Conformance.KEY_160.bits()).isEqualTo(160);
        assertThat(Conformance.KEY_160.toString()).contains("redacted").doesNotContain("abab").doesNotContain("9494");
        assertThat(Conformance.KEY_64.toString()).contains("redacted").doesNotContain("abab");
        assertThat(VendingKey.ofHex("  ABABABABABABABAB\n").bits()).isEqualTo(64);

        for (String bad : new String[]{"abababababababzz", "abababababababab94", "ab", ""}) {
            assertThatThrownBy(() -> VendingKey.ofHex(bad))
                    .isInstanceOfSatisfying(StsException.class, e -> {
                        assertThat(e.reason()).isEqualTo(StsException.Reason.INVALID_KEY);
                        if (!bad.isEmpty()) {
                            assertThat(e.getMessage()).doesNotContain(bad);
                        }
                        assertThat(e.getCause()).isNull();
                    });
        }
        assertThatThrownBy(() -> VendingKey.ofHex(null)).isInstanceOf(StsException.class);
    }

    private static StsMeter meter(String drn, String sgc, String ti, int krn, int kt, int baseDate) {
        return new StsMeter(drn, sgc, ti, krn, kt, baseDate, StsMeter.Algorithm.EA11);
    }

    private static void assertInvalidMeter(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String fragment) {
        assertThatThrownBy(call).isInstanceOfSatisfying(StsException.class, e -> {
            assertThat(e.reason()).isEqualTo(StsException.Reason.INVALID_METER);
            assertThat(e.getMessage()).containsIgnoringCase(fragment);
        });
    }
}
