package org.juiceledger.kernel.validation;

import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReasonGivenTest {

    @Test
    void aReasonIsNeverOptionalNorBlank() {
        ReasonGiven.Validator constraint = new ReasonGiven.Validator();
        assertThat(constraint.isValid("stolen", null)).isTrue();
        for (String reason : new String[]{null, "", "  \t"}) {
            assertThat(constraint.isValid(reason, null)).isFalse();
            assertThatThrownBy(() -> Reasons.require(reason, "A reversal")).isInstanceOf(DomainException.class)
                    .hasMessage("A reversal needs a reason.")
                    .extracting(e -> ((DomainException) e).code()).isEqualTo(ErrorCode.REASON_REQUIRED);
        }
        assertThatCode(() -> Reasons.require("lost", "A void")).doesNotThrowAnyException();
    }
}
