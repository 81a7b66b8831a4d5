package org.juiceledger.command.redemption;

import org.juiceledger.command.redemption.RedemptionAttempts.AttemptSource;
import org.juiceledger.command.redemption.RedemptionOutcome.Redeemed;
import org.juiceledger.command.redemption.RedemptionOutcome.Refused;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.kernel.error.ErrorKind;
import org.juiceledger.platform.transaction.Causes;
import org.juiceledger.platform.web.Failures;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one redemption step every channel goes through (REST, SMS, IVR, the web page, the console's
 * counter): check the limit, send, interpret the outcome, record a failure. The channels only
 * parse what the customer sent and format the {@link RedemptionOutcome}. A defect or an outage is
 * no refusal: it is thrown on, counted nowhere.
 */
@Component
public class GuardedRedemption {

    static final String TOO_MANY_ATTEMPTS = "Too many wrong PINs from this user or for this meter or account; "
            + "try again later.";

    private final RedemptionAttempts attempts;

    GuardedRedemption(RedemptionAttempts attempts) {
        this.attempts = attempts;
    }

    /** Redeems for a source whose failures are counted in the database (REST, console, SMS, IVR). */
    public <R> RedemptionOutcome<R> redeem(AttemptSource source, Supplier<R> send) {
        return redeem(attempts.guard(source), send);
    }

    /** Redeems under this guard: {@code send} sends the command (and may refuse before it, as a command would). */
    public <R> RedemptionOutcome<R> redeem(AttemptGuard guard, Supplier<R> send) {
        if (!guard.mayTry()) {
            return new Refused<>(new DomainException(ErrorCode.TOO_MANY_ATTEMPTS, TOO_MANY_ATTEMPTS));
        }
        R result;
        try {
            result = send.get();
        } catch (RuntimeException failure) {
            return interpret(failure, guard);
        }
        guard.succeeded();
        return new Redeemed<>(result);
    }

    private static <R> RedemptionOutcome<R> interpret(RuntimeException failure, AttemptGuard guard) {
        Optional<DomainException> refusal = Causes.find(failure, DuplicateKeyException.class) != null
                // a second delivery of the same message or form raced the first one for its row
                ? Optional.of(new DomainException(ErrorCode.CONCURRENT_MODIFICATION, "Sent twice at once; try again."))
                : Failures.refusalOf(failure);
        if (refusal.isEmpty() || refusal.get().code().kind() == ErrorKind.UNAVAILABLE) {
            guard.abandoned();
            throw failure;
        }
        Refused<R> refused = new Refused<>(refusal.get());
        if (refused.pinRedeemedNothing()) {
            guard.failed(refused.code());
        } else if (refused.busy()) {
            guard.abandoned();
        } else {
            guard.refused(refused.code());
        }
        return refused;
    }
}
