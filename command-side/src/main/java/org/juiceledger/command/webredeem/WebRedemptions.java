package org.juiceledger.command.webredeem;

import org.juiceledger.kernel.Metadata;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.juiceledger.kernel.account.MeterNumber;
import org.juiceledger.kernel.card.Pin;
import org.juiceledger.command.guard.FailedAttemptLimiter;
import org.juiceledger.command.redemption.AttemptGuard;
import org.juiceledger.command.redemption.GuardedRedemption;
import org.juiceledger.command.redemption.RedemptionOutcome;
import org.juiceledger.command.redemption.RedemptionOutcome.Refused;
import org.juiceledger.command.guard.FailedAttemptLimiter.Attempt;
import org.juiceledger.command.guard.FailedAttemptLimiter.Source;
import org.juiceledger.command.guard.SourceKind;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.card.RedeemCard;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.kernel.money.Money;
import org.juiceledger.platform.request.Channel;
import org.juiceledger.platform.request.RequestOrigin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One submission of the customer form, in this order: the form token must be genuine (else 403
 * and a fresh form; nothing counted); the client address must not have failed too often (else 429
 * without looking at the input); the input must be well formed (else 400); a second submission of
 * the same form shows the first one's result; then the card is redeemed with {@link RedeemCard}
 * ({@code who} "web", the address as {@code clientAddress}). A PIN that redeems nothing counts as
 * a failed attempt of the address and reads the same whatever the reason.
 */
@Component
class WebRedemptions {

    private static final Logger log = LoggerFactory.getLogger(WebRedemptions.class);
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    /** How long a second submission of a form waits for the first to finish. */
    private static final Duration WAIT_FOR_FIRST = Duration.ofSeconds(15);

    private final CommandGateway commands;
    private final GuardedRedemption redemption;
    private final FormTokens tokens;
    private final FailedAttemptLimiter limiter;
    private final WebRedemptionResults results;
    private final WalletBalances balances;

    WebRedemptions(CommandGateway commands, GuardedRedemption redemption, FormTokens tokens,
                   FailedAttemptLimiter limiter, WebRedemptionResults results, WalletBalances balances) {
        this.commands = commands;
        this.redemption = redemption;
        this.tokens = tokens;
        this.limiter = limiter;
        this.results = results;
        this.balances = balances;
    }

    /** A page to answer with, its status and, for 429, the seconds to wait. */
    record Outcome(HttpStatus status, String page, long retryAfterSeconds) {

        static Outcome of(HttpStatus status, String page) {
            return new Outcome(status, page, 0);
        }
    }

    Outcome redeem(String address, String meterInput, String pinInput, String formToken) {
        String meter = meterInput == null ? "" : SPACES.matcher(meterInput).replaceAll("");
        Optional<String> nonce = tokens.verify(formToken, address);
        if (nonce.isEmpty()) {
            return form(HttpStatus.FORBIDDEN, address, meter, Map.of(), RedemptionPages.FORM_EXPIRED);
        }
        Source source = new Source(SourceKind.CLIENT_ADDRESS, address);
        Source target = new Source(SourceKind.TARGET, meter);
        Optional<Attempt> claimed = meter.isEmpty() || limiter.mayTry(target)
                ? limiter.begin(source, Channel.WEB, WebRedemptionMetaData.WHO, meter) : Optional.empty();
        if (claimed.isEmpty()) {
            Duration wait = limiter.retryAfter(source).isZero() ? limiter.retryAfter(target) : limiter.retryAfter(source);
            long seconds = Math.max(1, wait.toSeconds());
            return new Outcome(HttpStatus.TOO_MANY_REQUESTS,
                    RedemptionPages.tooManyAttempts(Duration.ofSeconds(seconds)), seconds);
        }
        Attempt attempt = claimed.get();
        String pin = Pin.normalise(pinInput);
        Map<String, String> errors = new LinkedHashMap<>();
        if (meter.isEmpty()) {
            errors.put(RedemptionPages.METER, "Enter your meter number.");
        } else if (!MeterNumber.isWellFormed(meter)) {
            errors.put(RedemptionPages.METER, "Enter the meter number as it is written on the meter: "
                    + MeterNumber.RULE + ".");
        }
        if (pin.isEmpty()) {
            errors.put(RedemptionPages.PIN, "Enter the card number from under the scratch panel.");
        } else if (!Pin.isWellFormed(pin)) {
            errors.put(RedemptionPages.PIN, "Enter the card number as it is printed: " + Pin.RULE + ".");
        }
        if (!errors.isEmpty()) {
            attempt.abandoned();
            return form(HttpStatus.BAD_REQUEST, address, meter, errors, null);
        }
        String digest = tokens.digest(nonce.get(), meter, pin);
        try {
            Optional<ShownRedemption> earlier = claimOrWait(digest);
            if (earlier.isPresent()) {
                attempt.abandoned();
                return Outcome.of(HttpStatus.OK, RedemptionPages.redeemed(earlier.get()));
            }
        } catch (Busy busy) {
            attempt.abandoned();
            return form(HttpStatus.SERVICE_UNAVAILABLE, address, meter, Map.of(), RedemptionPages.BUSY);
        }
        return send(address, meter, pin, digest, attempt);
    }

    private Outcome send(String address, String meter, String pin, String digest, Attempt attempt) {
        RedemptionOutcome<TransactionRecorded> outcome;
        try {
            outcome = redemption.redeem(new ClaimedAttempt(attempt), () -> commands.<TransactionRecorded>sendAndWait(
                    GenericCommandMessage.asCommandMessage(new RedeemCard(pin, meter, null))
                            .andMetaData(Map.of(Metadata.WHO, WebRedemptionMetaData.WHO,
                                    Metadata.CLIENT_ADDRESS, address))));
        } catch (RuntimeException defect) {
            results.release(digest);
            log.error("Web redemption failed", defect);
            return Outcome.of(HttpStatus.INTERNAL_SERVER_ERROR, RedemptionPages.failure());
        }
        return outcome.fold(transaction -> shown(transaction, digest), refused -> {
            results.release(digest);
            return refused(refused, address, meter);
        });
    }

    private Outcome shown(TransactionRecorded transaction, String digest) {
        Money balance = transaction.walletChange() != null && transaction.walletChange().isPositive()
                ? balances.after(transaction.accountNumber(), transaction.transactionNumber()).orElse(null) : null;
        ShownRedemption shown = ShownRedemption.of(transaction, balance);
        try {
            results.complete(digest, shown);
        } catch (RuntimeException notKept) {
            // the card is redeemed: show the token whatever; only a second submission misses it
            log.warn("Could not keep the result of web redemption {}", transaction.transactionNumber(), notKept);
        }
        return Outcome.of(HttpStatus.OK, RedemptionPages.redeemed(shown));
    }

    /** The attempt recorded by {@link GuardedRedemption}; here only the page is chosen. */
    private Outcome refused(Refused<TransactionRecorded> refused, String address, String meter) {
        if (refused.busy()) {
            return form(HttpStatus.SERVICE_UNAVAILABLE, address, meter, Map.of(), RedemptionPages.BUSY);
        }
        return switch (refused.code()) {
            // the PIN was not looked at: this says nothing about it
            case METER_NOT_FOUND -> form(HttpStatus.UNPROCESSABLE_ENTITY, address, meter,
                    Map.of(RedemptionPages.METER, RedemptionPages.METER_UNKNOWN), null);
            // whoever sends the PIN of a card redeemed a moment ago holds the card
            case CARD_ALREADY_REDEEMED -> form(HttpStatus.UNPROCESSABLE_ENTITY, address, meter,
                    Map.of(RedemptionPages.PIN, RedemptionPages.ALREADY_REDEEMED), null);
            // unknown, unsold, used, void, or a card this meter cannot take: one answer
            default -> form(HttpStatus.UNPROCESSABLE_ENTITY, address, meter,
                    Map.of(RedemptionPages.PIN, RedemptionPages.CARD_REFUSED), null);
        };
    }

    /** The web page's attempt, claimed before its input was read, as the redemption step's guard. */
    private record ClaimedAttempt(Attempt attempt) implements AttemptGuard {

        @Override
        public boolean mayTry() {
            return true;
        }

        @Override
        public void failed(ErrorCode code) {
            attempt.failed(code.name());
        }

        @Override
        public void refused(ErrorCode code) {
            attempt.refused(code.name());
        }

        @Override
        public void abandoned() {
            attempt.abandoned();
        }

        @Override
        public void succeeded() {
            try {
                attempt.succeeded();
            } catch (RuntimeException notCleared) {
                // left as a claim, it counts against the address until the window passes; the token still shows
                log.warn("Could not clear the attempt of a web redemption", notCleared);
            }
        }
    }

    /**
     * Claims this submission, or waits for the request that holds it: its result when it redeemed,
     * empty when this request may go ahead (it claimed, or the other one was refused and let go).
     */
    private Optional<ShownRedemption> claimOrWait(String digest) {
        long until = System.nanoTime() + WAIT_FOR_FIRST.toNanos();
        while (!results.claim(digest)) {
            Optional<WebRedemptionResults.Claim> held = results.find(digest);
            if (held.isPresent() && held.get().done()) {
                return Optional.of(held.get().shown());
            }
            if (System.nanoTime() - until > 0) {
                throw new Busy();
            }
            if (held.isPresent()) {
                pause();
            }
        }
        return Optional.empty();
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
    }

    private Outcome form(HttpStatus status, String address, String meter, Map<String, String> errors, String notice) {
        return Outcome.of(status, RedemptionPages.form(tokens.issue(address), meter, errors, notice));
    }

    private static final class Busy extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Busy() {
            super("another submission of the same form is still running", null, false, false);
        }
    }
}
