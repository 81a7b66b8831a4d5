package org.juiceledger.command.card.pin;

import org.juiceledger.kernel.card.Pin;
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

    private PinSpace() {
    }

    /** Refuses a length {@link Pin} does not allow ({@link ErrorCode#PIN_LENGTH_NOT_ALLOWED}). */
    public static void checkLength(int length, PinAlphabet alphabet) {
        if (!Pin.lengthAllowed(length, alphabet)) {
            throw new DomainException(ErrorCode.PIN_LENGTH_NOT_ALLOWED, "pinLength must be " + Pin.LENGTH_MIN + " to "
                    + Pin.LENGTH_MAX + ", and not 20 for a numeric PIN (an STS token's length).");
        }
    }

    /** Refuses when {@code liveCards} live cards make one guess too likely to hit; names the shortest length that passes. */
    public static void checkGuessChance(long liveCards, int length, PinAlphabet alphabet, BigDecimal bound) {
        if (passes(liveCards, length, alphabet, bound)) {
            return;
        }
        Integer shortest = null;
        for (int candidate = length + 1; candidate <= Pin.LENGTH_MAX && shortest == null; candidate++) {
            if (Pin.lengthAllowed(candidate, alphabet) && passes(liveCards, candidate, alphabet, bound)) {
                shortest = candidate;
            }
        }
        String advice = shortest == null ? "no PIN length up to " + Pin.LENGTH_MAX + " passes with this alphabet"
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
