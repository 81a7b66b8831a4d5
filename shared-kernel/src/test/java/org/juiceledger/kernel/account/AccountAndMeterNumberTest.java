package org.juiceledger.kernel.account;

import org.juiceledger.kernel.error.DomainException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountAndMeterNumberTest {

    private static final String[] MALFORMED = {null, "", "x".repeat(21), "A B", "A_1", "A*1", "Ä1"};

    @Test
    void meterNumbersAreUpToTwentyLettersDigitsOrDashes() {
        ValidMeterNumber.Validator constraint = new ValidMeterNumber.Validator();
        assertThat(new MeterNumber("AMI-0001").value()).isEqualTo("AMI-0001");
        assertThat(constraint.isValid("x".repeat(MeterNumber.LENGTH_MAX), null)).isTrue();
        for (String typed : MALFORMED) {
            assertThat(MeterNumber.isWellFormed(typed)).as(String.valueOf(typed)).isFalse();
            assertThat(constraint.isValid(typed, null)).isEqualTo(typed == null);
            assertThatThrownBy(() -> new MeterNumber(typed)).isInstanceOf(DomainException.class);
        }
    }

    @Test
    void accountNumbersAreUpToTwentyLettersDigitsOrDashes() {
        ValidAccountNumber.Validator constraint = new ValidAccountNumber.Validator();
        assertThat(new AccountNumber("ACC-1").toString()).isEqualTo("ACC-1");
        assertThat(constraint.isValid("x".repeat(AccountNumber.LENGTH_MAX), null)).isTrue();
        for (String typed : MALFORMED) {
            assertThat(AccountNumber.isWellFormed(typed)).as(String.valueOf(typed)).isFalse();
            assertThat(constraint.isValid(typed, null)).isEqualTo(typed == null);
            assertThatThrownBy(() -> new AccountNumber(typed)).isInstanceOf(DomainException.class);
        }
    }
}
