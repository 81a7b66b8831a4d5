package org.juiceledger.command.card.pin;

import org.juiceledger.kernel.card.PinAlphabet;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;

/**
 * Sizes the PIN space so that one random guess hits a live card (Available or Activated) with a
 * chance no greater than the configured bound: live cards / alphabet^length ≤ bound.
 */
public final class PinSpace {

    public static final int LENGTH_MIN = 12;
    public static final int LENGTH_MAX = 24;

    private PinSpace() {
    }

    public static void checkLength(int length, PinAlphabet alphabet) {
        if (length < LENGTH_MIN || length > LENGTH_MAX) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED,
                    "pinLength must be " + LENGTH_MIN + " to " + LENGTH_MAX + ".");
        }
        if (alphabet == PinAlphabet.NUMERIC && length == 20) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED,
                    "A 20-digit numeric PIN would be confused with an STS token; choose another length.");
        }
    }

    /** Refuses when {@code liveCards} live cards make one guess too likely to hit; names the shortest length that passes. */
    public static void checkGuessChance(long liveCards, int length, PinAlphabet alphabet, BigDecimal bound) {
        if (passes(liveCards, length, alphabet, bound)) {
            return;
        }
        Integer shortest = null;
        for (int candidate = length + 1; candidate <= LENGTH_MAX && shortest == null; candidate++) {
            if (!(alphabet == PinAlphabet.NUMERIC && candidate == 20) && passes(liveCards, candidate, alphabet, bound)) {
                shortest = candidate;
            }
        }
        String advice = shortest == null ? "no PIN length up to " + LENGTH_MAX + " passes with this alphabet"
                : "the shortest length that passes is " + shortest;
        throw new DomainException(ErrorCode.PIN_SPACE_TOO_SMALL,
                "With " + liveCards + " live cards, one random guess of a " + length + "-character "
                        + alphabet + " PIN would hit a card too often; " + advice + ".",
                shortest == null ? Map.of() : Map.of("shortestPinLength", shortest));
    }

    static boolean passes(long liveCards, int length, PinAlphabet alphabet, BigDecimal bound) {
        BigInteger space = BigInteger.valueOf(alphabet.size()).pow(length);
        return new BigDecimal(BigInteger.valueOf(liveCards)).compareTo(bound.multiply(new BigDecimal(space))) <= 0;
    }
}
