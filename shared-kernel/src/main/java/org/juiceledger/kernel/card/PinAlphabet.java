package org.juiceledger.kernel.card;

/**
 * The characters a PIN is made of. Alphanumeric PINs leave out look-alikes (0/O, 1/I/L) so a
 * customer reading a scratched card cannot mistype them; numeric PINs suit IVR keypads.
 */
public enum PinAlphabet {
    NUMERIC("0123456789"),
    ALPHANUMERIC("23456789ABCDEFGHJKMNPQRSTUVWXYZ");

    private final String characters;

    PinAlphabet(String characters) {
        this.characters = characters;
    }

    public String characters() {
        return characters;
    }

    public int size() {
        return characters.length();
    }
}
