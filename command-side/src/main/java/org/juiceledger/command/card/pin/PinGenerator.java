package org.juiceledger.command.card.pin;

import org.juiceledger.kernel.card.PinAlphabet;

import java.security.SecureRandom;

/** Fresh PINs from a cryptographically secure generator. A numeric PIN of 20 digits is never made. */
public final class PinGenerator {

    private final SecureRandom random;

    public PinGenerator(SecureRandom random) {
        this.random = random;
    }

    public String next(int length, PinAlphabet alphabet) {
        if (alphabet == PinAlphabet.NUMERIC && length == 20) {
            throw new IllegalArgumentException("A 20-digit numeric PIN would look like an STS token");
        }
        String characters = alphabet.characters();
        StringBuilder pin = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            pin.append(characters.charAt(random.nextInt(characters.length())));
        }
        return pin.toString();
    }
}
