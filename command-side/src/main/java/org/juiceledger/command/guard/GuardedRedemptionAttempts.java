package org.juiceledger.command.guard;

import org.juiceledger.command.redemption.RedemptionAttempts;
import org.juiceledger.command.guard.FailedAttemptLimiter.Source;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The gateways' limit on failed redemptions, kept by the {@link FailedAttemptLimiter} (the same
 * limit, table and audit as the customer web page): per phone number (SMS), caller id (IVR) or
 * cashier, and per meter or account asked for (counting the failures of every source that asked
 * for it; when a gateway could not say who the customer is, that is the only limit).
 */
@Component
public class GuardedRedemptionAttempts implements RedemptionAttempts {

    private final FailedAttemptLimiter limiter;

    public GuardedRedemptionAttempts(FailedAttemptLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    public boolean mayTry(AttemptSource source) {
        Source from = sourceOf(source);
        boolean targetNamed = source.target() != null && !source.target().isBlank();
        return from.kind() == SourceKind.TARGET || !targetNamed ? limiter.mayTry(from)
                : limiter.mayTryAll(List.of(from, new Source(SourceKind.TARGET, source.target())));
    }

    @Override
    public void failed(AttemptSource source) {
        limiter.failed(sourceOf(source), source.channel(), source.gateway(), source.target(), "CARD");
    }

    /** The source an attempt is counted against. */
    public static Source sourceOf(AttemptSource source) {
        if (source.caller() == null || source.caller().isBlank()) {
            return new Source(SourceKind.TARGET, source.target());
        }
        SourceKind kind = switch (source.channel()) {
            case SMS -> SourceKind.PHONE_NUMBER;
            case IVR -> SourceKind.CALLER_ID;
            case WEB -> SourceKind.CLIENT_ADDRESS;
            case REST, CONSOLE, SYSTEM -> SourceKind.CASHIER;
        };
        return new Source(kind, source.caller());
    }
}
