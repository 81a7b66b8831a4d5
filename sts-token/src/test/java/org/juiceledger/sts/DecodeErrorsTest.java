package org.juiceledger.sts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What decoding refuses, each with its own reason: range, format, CRC, class. */
class DecodeErrorsTest {

    private static final StsTokenEngine ENGINE = new StsTokenEngine(Conformance.KEY_160);
    private static final String GOOD = "63638916334124550935";

    @Test
    void theConformanceTokenDecodes() {
        DecodedToken decoded = ENGINE.decode(Conformance.EA11_METER, GOOD);

        assertThat(decoded.tokenClass()).isZero();
        assertThat(decoded.subclass()).isZero();
        assertThat(decoded.rnd()).isEqualTo(5);
        assertThat(decoded.tid()).isEqualTo(5915550);
        assertThat(decoded.issuedAt()).hasToString("2004-04-01T00:30:00Z");
        assertThat(decoded.amountTenths()).isEqualTo(256);
    }

    @ParameterizedTest
    @ValueSource(strings = {"73786976294838206464", "73786976294838206465", "99999999999999999999"})
    void numbersFrom2To66AreNotTokens(String token) {
        assertThat(new BigInteger(token)).isGreaterThanOrEqualTo(BigInteger.TWO.pow(66));
        assertRefused(token, StsException.Reason.INVALID_TOKEN, "too large");
    }

    @Test
    void theLargest66BitValueIsInRangeAndReadAsClassThree() {
        String largest = BigInteger.TWO.pow(66).subtract(BigInteger.ONE).toString();

        assertRefused(largest, StsException.Reason.UNSUPPORTED_CLASS, "Class 3");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "6363891633412455093", "636389163341245509350", "6363891633412455093a",
        "-6363891633412455093", "6363 8916 3341 2455 0935", "+6363891633412455093", "６３６３８９１６３３４１２４５５０９３５"})
    void anythingButTwentyDigitsIsRefused(String token) {
        assertRefused(token, StsException.Reason.INVALID_TOKEN, "20 digits");
    }

    @Test
    void everySingleDigitTypoIsCaught() {
        for (int position = 0; position < 20; position++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (GOOD.charAt(position) == digit) {
                    continue;
                }
                String typo = GOOD.substring(0, position) + digit + GOOD.substring(position + 1);
                assertThatThrownBy(() -> ENGINE.decode(Conformance.EA11_METER, typo))
                        .as(typo).isInstanceOf(StsException.class);
            }
        }
    }

    @Test
    void aMistypedTokenFailsItsCrc() {
        String typo = GOOD.substring(0, 19) + "6";

        assertRefused(typo, StsException.Reason.CRC_MISMATCH, "CRC");
    }

    @Test
    void anotherMetersTokenFailsItsCrc() {
        StsMeter other = new StsMeter("79927398713", "123457", "01", 1, 2, 1993, StsMeter.Algorithm.EA11);

        assertThatThrownBy(() -> ENGINE.decode(other, GOOD))
                .isInstanceOfSatisfying(StsException.class, e -> assertThat(e.reason()).isEqualTo(StsException.Reason.CRC_MISMATCH));
    }

    @Test
    void classesOneAndThreeAreRefusedBeforeDecryption() {
        for (int tokenClass : new int[]{1, 3}) {
            String token = TokenBlock.toDigits(tokenClass, 0x0123456789abcdefL);
            assertRefused(token, StsException.Reason.UNSUPPORTED_CLASS, "Class " + tokenClass);
        }
    }

    @Test
    void aClassBitChangedInTransitFailsTheCrc() {
        TokenBlock.Parsed parsed = TokenBlock.parse(GOOD);
        String asManagement = TokenBlock.toDigits(2, parsed.ciphertext());

        assertRefused(asManagement, StsException.Reason.CRC_MISMATCH, "CRC");
    }

    @Test
    void errorsNeverShowTheKey() {
        for (String token : new String[]{GOOD.substring(1), "99999999999999999999", GOOD.substring(0, 19) + "6"}) {
            assertThatThrownBy(() -> ENGINE.decode(Conformance.EA11_METER, token))
                    .hasMessageNotContaining("abab").hasMessageNotContaining("9494");
        }
    }

    private static void assertRefused(String token, StsException.Reason reason, String fragment) {
        assertThatThrownBy(() -> ENGINE.decode(Conformance.EA11_METER, token))
                .isInstanceOfSatisfying(StsException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.getMessage()).contains(fragment);
                });
    }
}
