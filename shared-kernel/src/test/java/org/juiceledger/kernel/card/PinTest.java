package org.juiceledger.kernel.card;

import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PinTest {

    private final ValidPin.Validator constraint = new ValidPin.Validator();

    @Test
    void acceptsTwelveToTwentyFourLettersAndDigitsAsCustomersTypeThem() {
        assertThat(new Pin("abcd-efgh 2345").value()).isEqualTo("ABCDEFGH2345");
        assertThat(Pin.isWellFormed("1".repeat(Pin.LENGTH_MIN))).isTrue();
        assertThat(Pin.isWellFormed("1".repeat(Pin.LENGTH_MAX))).isTrue();
        assertThat(new Pin("1234 5678 9012").isNumeric()).isTrue();
        assertThat(new Pin("1234 5678 901A").isNumeric()).isFalse();
    }

    @Test
    void refusesWhatCannotBeAPinWithItsOwnCode() {
        for (String typed : new String[]{null, "", "1".repeat(Pin.LENGTH_MIN - 1), "1".repeat(Pin.LENGTH_MAX + 1),
                "1234567890_12", "12345678901é", "1-2-3-4-5-6-7-8-9-0-1-2-3-4-5-6-7-8-9-0-1"}) {
            assertThat(Pin.isWellFormed(typed)).as(String.valueOf(typed)).isFalse();
            assertThat(constraint.isValid(typed, null)).as(String.valueOf(typed)).isEqualTo(typed == null);
            assertThatThrownBy(() -> new Pin(typed)).isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).code()).isEqualTo(ErrorCode.PIN_MALFORMED);
        }
    }

    @Test
    void theConstraintAndTheConstructorFollowOneRule() {
        for (int length = 1; length <= Pin.TYPED_MAX + 2; length++) {
            String typed = "7".repeat(length);
            assertThat(constraint.isValid(typed, null)).isEqualTo(Pin.isWellFormed(typed))
                    .isEqualTo(length >= Pin.LENGTH_MIN && length <= Pin.LENGTH_MAX);
        }
    }

    @Test
    void batchesMayNotPrintPinsOutsideTheLimitsOrAsLongAsAToken() {
        assertThat(Pin.lengthAllowed(Pin.LENGTH_MIN, PinAlphabet.NUMERIC)).isTrue();
        assertThat(Pin.lengthAllowed(Pin.LENGTH_MAX, PinAlphabet.ALPHANUMERIC)).isTrue();
        assertThat(Pin.lengthAllowed(Pin.LENGTH_MIN - 1, PinAlphabet.ALPHANUMERIC)).isFalse();
        assertThat(Pin.lengthAllowed(Pin.LENGTH_MAX + 1, PinAlphabet.ALPHANUMERIC)).isFalse();
        assertThat(Pin.lengthAllowed(20, PinAlphabet.NUMERIC)).isFalse();
        assertThat(Pin.lengthAllowed(20, PinAlphabet.ALPHANUMERIC)).isTrue();
    }

    @Test
    void neverShowsItself() {
        Pin pin = new Pin("ABCDEFGH2345");
        assertThat(pin.toString()).doesNotContain("ABCD").isEqualTo("***");
        assertThat(pin).isEqualTo(new Pin("abcd efgh 2345")).hasSameHashCodeAs(new Pin("ABCD-EFGH-2345"));
    }
}
