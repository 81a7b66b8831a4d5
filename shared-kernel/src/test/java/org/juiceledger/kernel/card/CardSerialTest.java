package org.juiceledger.kernel.card;

import org.juiceledger.kernel.error.DomainException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CardSerialTest {

    @Test
    void isTypedAsUpToTenDigitsAndPrintedWithLeadingZeros() {
        assertThat(CardSerial.parse("42").value()).isEqualTo("0000000042");
        assertThat(CardSerial.parse("41").next()).isEqualTo(new CardSerial(42));
        assertThatThrownBy(() -> CardSerial.parse("9999999999").next()).isInstanceOf(DomainException.class);
        assertThat(CardSerial.parse("0000000042")).isEqualTo(new CardSerial(42)).isLessThan(new CardSerial(43));
        assertThat(new CardSerial(7).value()).hasSize(CardSerial.WIDTH);
    }

    @Test
    void refusesAnythingElse() {
        for (String typed : new String[]{null, "", "12345678901", "12a", "-1", " 1"}) {
            assertThat(CardSerial.isWellFormed(typed)).as(String.valueOf(typed)).isFalse();
            assertThatThrownBy(() -> CardSerial.parse(typed)).isInstanceOf(DomainException.class);
        }
        assertThatThrownBy(() -> new CardSerial(-1)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new CardSerial(10_000_000_000L)).isInstanceOf(DomainException.class);
    }

    @Test
    void theConstraintFollowsTheSameRuleAndMayAllowAnEmptyField() {
        ValidCardSerial.Validator strict = new ValidCardSerial.Validator();
        assertThat(strict.isValid("1234567890", null)).isTrue();
        assertThat(strict.isValid("12345678901", null)).isFalse();
        assertThat(strict.isValid("", null)).isFalse();
        assertThat(strict.isValid(null, null)).isTrue();
    }
}
