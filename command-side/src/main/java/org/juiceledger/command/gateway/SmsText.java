package org.juiceledger.command.gateway;

import org.juiceledger.kernel.account.MeterNumber;
import org.juiceledger.kernel.card.Pin;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a customer's text message as {@code METER*PIN}, leniently: spaces anywhere, {@code *} or
 * {@code #} (or several) between the two, separators before or after, a PIN in lower case or
 * with dashes. Anything else is not a redemption (the caller answers with the usage text).
 */
public final class SmsText {

    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern SEPARATORS = Pattern.compile("[*#\uFF0A\uFF03]+");
    private static final Pattern EDGES = Pattern.compile("^[*#\uFF0A\uFF03]+|[*#\uFF0A\uFF03]+$");

    private SmsText() {
    }

    /** The meter number and the PIN (normalised: upper case, no spaces or dashes), or empty. */
    public static Optional<Redemption> parse(String text) {
        if (text == null || text.length() > 1_600) {
            return Optional.empty();
        }
        String compact = EDGES.matcher(SPACES.matcher(text).replaceAll("")).replaceAll("");
        String[] parts = SEPARATORS.split(compact, -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        String meter = parts[0];
        if (!MeterNumber.isWellFormed(meter) || !Pin.isWellFormed(parts[1])) {
            return Optional.empty();
        }
        return Optional.of(new Redemption(meter, new Pin(parts[1]).value()));
    }

    /** What a message asks for. The PIN never appears in {@link #toString()}. */
    public record Redemption(String meterNumber, String pin) {

        @Override
        public String toString() {
            return "Redemption[meterNumber=" + meterNumber + ", pin=***]";
        }
    }
}
