package org.juiceledger.command.gateway;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** How a customer's text message is read as METER*PIN. */
class SmsTextTest {

    private static final String METER = "01234567897";
    private static final String PIN = "1234567890123456";

    @ParameterizedTest
    @ValueSource(strings = {
            "01234567897*1234567890123456",
            "01234567897#1234567890123456",
            " 01234567897 * 1234 5678 9012 3456 ",
            "0123 4567 897*1234-5678-9012-3456",
            "01234567897\t*\n1234567890123456",
            "*01234567897*1234567890123456#",
            "01234567897**1234567890123456",
            "01234567897*#1234567890123456",
            "01234567897\u00a0*\u00a01234567890123456",
            "01234567897\uff0a1234567890123456"})
    void meterAndPinAreReadLeniently(String text) {
        SmsText.Redemption redemption = SmsText.parse(text).orElseThrow();
        assertThat(redemption.meterNumber()).isEqualTo(METER);
        assertThat(redemption.pin()).isEqualTo(PIN);
    }

    @Test
    void aLowerCasePinIsReadUpperCasedAndTheMeterKeepsItsCase() {
        SmsText.Redemption redemption = SmsText.parse("AMI-1a2b3c4d * abcd efgh 2345 wxyz").orElseThrow();
        assertThat(redemption.meterNumber()).isEqualTo("AMI-1a2b3c4d");
        assertThat(redemption.pin()).isEqualTo("ABCDEFGH2345WXYZ");
    }

    @Test
    void pinsOfTwelveToTwentyFourCharactersAreRead() {
        assertThat(SmsText.parse(METER + "*" + "1".repeat(12))).isPresent();
        assertThat(SmsText.parse(METER + "*" + "A".repeat(24))).isPresent();
        assertThat(SmsText.parse(METER + "*" + "1".repeat(11))).isEmpty();
        assertThat(SmsText.parse(METER + "*" + "A".repeat(25))).isEmpty();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "hello", "BALANCE", "01234567897", "1234567890123456", "*", "*#*",
            "01234567897*", "*1234567890123456", "01234567897*1234567890123456*99",
            "01234567897+1234567890123456", "0123456789712345678901234567",
            "012345678970123456789012*1234567890123456", "01234$67897*1234567890123456",
            "01234567897*12345678901234!6",
            "01234567897/1234567890123456"})
    void anythingElseIsNotARedemption(String text) {
        assertThat(SmsText.parse(text)).isEmpty();
    }

    @Test
    void aVeryLongMessageIsNotARedemption() {
        assertThat(SmsText.parse(" ".repeat(5_000) + METER + "*" + PIN)).isEmpty();
    }

    @Test
    void thePinNeverShowsInTheTextOfARedemption() {
        assertThat(SmsText.parse(METER + "*" + PIN).orElseThrow().toString()).doesNotContain(PIN).contains(METER);
        assertThat(new RedeemBySms("gw", "m-1", METER, PIN).toString()).doesNotContain(PIN);
        assertThat(new RedeemByIvr(PIN, METER, null).toString()).doesNotContain(PIN);
    }

    @Test
    void tokensAreWrittenInGroupsOfFourAndSpokenDigitByDigit() {
        assertThat(TokenText.grouped("12345678901234567890")).isEqualTo("1234 5678 9012 3456 7890");
        assertThat(TokenText.spoken("12345678901234567890"))
                .isEqualTo("1 2 3 4, 5 6 7 8, 9 0 1 2, 3 4 5 6, 7 8 9 0");
    }
}
