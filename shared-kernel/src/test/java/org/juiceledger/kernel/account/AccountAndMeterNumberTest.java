package org.juiceledger.kernel.account;

import jakarta.validation.ConstraintValidator;
import org.juiceledger.kernel.error.DomainException;
import org.junit.jupiter.api.Test;

import java.util.function.Function;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountAndMeterNumberTest {

    private static final String[] MALFORMED = {null, "", "x".repeat(21), "A B", "A_1", "A*1", "Ä1"};

    @Test
    void meterNumbersAreUpToTwentyLettersDigitsOrDashes() {
        assertThat(new MeterNumber("AMI-0001").value()).isEqualTo("AMI-0001");
        followsOneRule(new ValidMeterNumber.Validator(), MeterNumber::isWellFormed, MeterNumber::new,
                MeterNumber.LENGTH_MAX);
    }

    @Test
    void accountNumbersAreUpToTwentyLettersDigitsOrDashes() {
        assertThat(new AccountNumber("ACC-1").toString()).isEqualTo("ACC-1");
        followsOneRule(new ValidAccountNumber.Validator(), AccountNumber::isWellFormed, AccountNumber::new,
                AccountNumber.LENGTH_MAX);
    }

    /** The constraint, the check and the constructor agree: the longest form passes, every malformed one fails. */
    private static void followsOneRule(ConstraintValidator<?, String> constraint, Predicate<String> wellFormed,
                                       Function<String, ?> constructor, int lengthMax) {
        assertThat(constraint.isValid("x".repeat(lengthMax), null)).isTrue();
        assertThat(wellFormed.test("x".repeat(lengthMax))).isTrue();
        for (String typed : MALFORMED) {
            assertThat(wellFormed.test(typed)).as(String.valueOf(typed)).isFalse();
            assertThat(constraint.isValid(typed, null)).isEqualTo(typed == null);
            assertThatThrownBy(() -> constructor.apply(typed)).isInstanceOf(DomainException.class);
        }
    }
}
