package org.juiceledger.command.redemption;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.juiceledger.command.redemption.RedemptionAttempts.AttemptSource;
import org.juiceledger.command.redemption.RedemptionOutcome.Redeemed;
import org.juiceledger.command.redemption.RedemptionOutcome.Refused;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.platform.request.Channel;
import org.juiceledger.platform.web.ErrorDetails;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one redemption step: limit first, then send, then one reading of the outcome for every channel. */
class GuardedRedemptionTest {

    private static final AttemptSource SOURCE = new AttemptSource(Channel.SMS, "gw", "+27820000000", "M-1");

    private final CountingAttempts attempts = new CountingAttempts();
    private final GuardedRedemption redemption = new GuardedRedemption(attempts);

    @Test
    void aRedemptionIsRedeemedAndCountsNothing() {
        RedemptionOutcome<String> outcome = redemption.redeem(SOURCE, () -> "token");
        assertThat(outcome).isEqualTo(new Redeemed<>("token"));
        assertThat(outcome.orThrow()).isEqualTo("token");
        assertThat(attempts.failed).isEmpty();
    }

    @Test
    void aSourceOverItsLimitIsRefusedWithoutSending() {
        attempts.blocked = true;
        RedemptionOutcome<String> outcome = redemption.redeem(SOURCE, () -> {
            throw new AssertionError("sent although over the limit");
        });
        assertThat(code(outcome)).isEqualTo(ErrorCode.TOO_MANY_ATTEMPTS);
        assertThatThrownBy(outcome::orThrow).isInstanceOf(DomainException.class).hasMessageContaining("Too many");
    }

    @Test
    void aPinThatRedeemsNothingIsAFailedAttemptHereOrAcrossTheBus() {
        for (RuntimeException failure : List.of(new DomainException(ErrorCode.CARD_NOT_REDEEMABLE, "no"),
                new CommandExecutionException("remote", null, new ErrorDetails(ErrorCode.CARD_NOT_REDEEMABLE, "no")),
                new CommandExecutionException("local", new DomainException(ErrorCode.CARD_NOT_FOUND, "no")))) {
            RedemptionOutcome<String> outcome = redemption.redeem(SOURCE, failing(failure));
            assertThat(outcome).isInstanceOfSatisfying(Refused.class, r -> assertThat(r.pinRedeemedNothing()).isTrue());
        }
        assertThat(attempts.failed).hasSize(3).containsOnly(SOURCE);
    }

    @Test
    void otherRefusalsKeepTheirCodeAndCountNothing() {
        for (ErrorCode code : List.of(ErrorCode.METER_NOT_FOUND, ErrorCode.CARD_ALREADY_REDEEMED,
                ErrorCode.METER_NEEDS_KEY_CHANGE)) {
            assertThat(code(redemption.redeem(SOURCE, failing(new DomainException(code, "no"))))).isEqualTo(code);
        }
        assertThat(attempts.failed).isEmpty();
    }

    @Test
    void aLostRaceIsBusyAndCountsNothing() {
        for (RuntimeException race : List.of(new ConcurrencyException("two appends"),
                new DuplicateKeyException("the message's reply was kept by its other delivery"))) {
            RedemptionOutcome<String> outcome = redemption.redeem(SOURCE, failing(race));
            assertThat(outcome).isInstanceOfSatisfying(Refused.class, r -> assertThat(r.busy()).isTrue());
        }
        assertThat(attempts.failed).isEmpty();
    }

    @Test
    void aDefectIsNoRefusalAndIsThrownOn() {
        IllegalStateException defect = new IllegalStateException("bug");
        assertThatThrownBy(() -> redemption.redeem(SOURCE, failing(defect))).isSameAs(defect);
        assertThat(attempts.failed).isEmpty();
    }

    private static Supplier<String> failing(RuntimeException failure) {
        return () -> {
            throw failure;
        };
    }

    private static ErrorCode code(RedemptionOutcome<String> outcome) {
        return outcome.fold(redeemed -> null, Refused::code);
    }

    private static final class CountingAttempts implements RedemptionAttempts {
        boolean blocked;
        final List<AttemptSource> failed = new ArrayList<>();

        @Override
        public boolean mayTry(AttemptSource source) {
            return !blocked;
        }

        @Override
        public void failed(AttemptSource source) {
            failed.add(source);
        }
    }
}
