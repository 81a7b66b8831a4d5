package org.juiceledger.query.projection;

import org.axonframework.messaging.deadletter.ThrowableCause;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLetterCauseTest {

    @Test
    void keepsTheOuterTypeAndTheFirstLineOfTheMostSpecificMessage() {
        SQLException database = new SQLException("""
                ERROR: new row for relation "account_view" violates check constraint "x"
                  Detail: Failing row contains (10000042, Thandi Nkosi, +27821234567).""");
        RuntimeException failure = new IllegalStateException("could not execute statement", database);

        ThrowableCause cause = DeadLetterCause.of(failure);

        assertThat(cause.type()).isEqualTo(IllegalStateException.class.getName());
        assertThat(cause.message())
                .isEqualTo("SQLException: ERROR: new row for relation \"account_view\" violates check constraint \"x\"")
                .doesNotContain("Thandi").doesNotContain("+2782");
    }

    @Test
    void aFailureWithoutMessageIsNamedByItsTypeAndLongMessagesAreCut() {
        assertThat(DeadLetterCause.describe(new NullPointerException())).isEqualTo("NullPointerException");
        assertThat(DeadLetterCause.describe(new IllegalStateException("x".repeat(5000))))
                .hasSize(ThrowableCause.TRUNCATED_MESSAGE_SIZE);
    }
}
