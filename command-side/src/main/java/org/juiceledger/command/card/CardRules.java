package org.juiceledger.command.card;

import org.juiceledger.kernel.card.CardSerial;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;

import java.util.ArrayList;
import java.util.List;

/** Serial numbers and ranges: fixed width, digits only, and a limit on how many one command touches. */
final class CardRules {

    static final int RANGE_MAX = 10_000;

    private CardRules() {
    }

    static String serial(long number) {
        return new CardSerial(number).value();
    }

    /** Every serial from first to last (or just first), in order; refuses malformed or oversized ranges. */
    static List<String> range(String first, String last) {
        long from = CardSerial.parse(first).number();
        long to = last == null || last.isBlank() ? from : CardSerial.parse(last).number();
        if (to < from) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "lastSerial comes before firstSerial.");
        }
        if (to - from + 1 > RANGE_MAX) {
            throw new DomainException(ErrorCode.RANGE_TOO_LARGE, "A range holds at most " + RANGE_MAX + " cards.");
        }
        List<String> serials = new ArrayList<>();
        for (long n = from; n <= to; n++) {
            serials.add(serial(n));
        }
        return serials;
    }

    static DomainException notRedeemable() {
        return new DomainException(ErrorCode.CARD_NOT_REDEEMABLE,
                "This card cannot be redeemed: check the PIN, or ask where the card was bought.");
    }

    static DomainException alreadyRedeemed() {
        return new DomainException(ErrorCode.CARD_ALREADY_REDEEMED,
                "This card was redeemed a moment ago and cannot be used again; if it was sent twice, the first "
                        + "redemption holds.");
    }
}
