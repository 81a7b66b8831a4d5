package org.juiceledger.command.gateway;

import org.juiceledger.command.card.pin.PinHasher;

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
    private static final Pattern METER = Pattern.compile("[A-Za-z0-9-]{1,20}");
    private static final Pattern PIN = Pattern.compile("[A-Z0-9]{12,24}");

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
        String pin = PinHasher.normalise(parts[1]);
        if (!METER.matcher(meter).matches() || !PIN.matcher(pin).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Redemption(meter, pin));
    }

    /** What a message asks for. The PIN never appears in {@link #toString()}. */
    public record Redemption(String meterNumber, String pin) {

        @Override
        public String toString() {
            return "Redemption[meterNumber=" + meterNumber + ", pin=***]";
        }
    }
}
