package org.juiceledger.sts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The two substitution tables and the permutation of EA07 (STA). The real ones are issued to
 * licensed vendors by the STS Association and are never part of this repository: they are read
 * from a file named in configuration ({@code JUICE_STS_EA07_TABLES}). The file is plain text:
 *
 * <pre>
 * # comment lines and blank lines are ignored
 * S1: 16 hex digits, entry 0 first   (used for nibble n when key bit 4n+3 is 0)
 * S2: 16 hex digits, entry 0 first   (used for nibble n when key bit 4n+3 is 1)
 * P:  64 comma-separated decimal positions, entry 0 first
 * </pre>
 *
 * The hex digits of S1 and S2 may be separated by spaces or commas. P entry i is the position that
 * bit i of the block moves to (bit 0 is the least significant). Each S-box must be a permutation
 * of 0..15 and P a permutation of 0..63, or the file is refused. Error messages name the line and
 * the fault, never the table contents.
 */
public final class Ea07Tables {

    /** The environment variable (or configuration key) that names the tables file. */
    public static final String ENV = "JUICE_STS_EA07_TABLES";

    private final int[] s1;
    private final int[] s2;
    private final int[] permutation;

    private Ea07Tables(int[] s1, int[] s2, int[] permutation) {
        this.s1 = s1;
        this.s2 = s2;
        this.permutation = permutation;
    }

    /**
     * The tables file named in configuration: the system property {@value #ENV} if set, else the
     * environment variable of that name. Empty when neither names one (EA07 is then refused).
     */
    public static Optional<Path> configuredFile() {
        return configuredFile(System.getProperty(ENV), System.getenv(ENV));
    }

    static Optional<Path> configuredFile(String systemProperty, String environmentVariable) {
        for (String value : new String[]{systemProperty, environmentVariable}) {
            if (value != null && !value.isBlank()) {
                return Optional.of(Path.of(value.strip()));
            }
        }
        return Optional.empty();
    }

    /** Tables given directly (tests, or a caller holding them elsewhere); checked like a file. */
    public static Ea07Tables of(int[] s1, int[] s2, int[] permutation) {
        checkPermutation(s1, 16, "S1");
        checkPermutation(s2, 16, "S2");
        checkPermutation(permutation, 64, "P");
        return new Ea07Tables(s1.clone(), s2.clone(), permutation.clone());
    }

    /** Reads and checks a tables file. */
    public static Ea07Tables load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | SecurityException e) {
            throw invalid("The EA07 tables file " + file + " cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        return parse(text);
    }

    /** Parses the text of a tables file. */
    public static Ea07Tables parse(String text) {
        int[] s1 = null;
        int[] s2 = null;
        int[] p = null;
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int lineNumber = i + 1;
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw invalid("Line " + lineNumber + " of the EA07 tables file is not 'S1:', 'S2:' or 'P:' followed by values");
            }
            String name = line.substring(0, colon).strip().toUpperCase(Locale.ROOT);
            String values = line.substring(colon + 1);
            switch (name) {
                case "S1" -> {
                    requireFirst(s1, name, lineNumber);
                    s1 = sbox(values, name, lineNumber);
                }
                case "S2" -> {
                    requireFirst(s2, name, lineNumber);
                    s2 = sbox(values, name, lineNumber);
                }
                case "P" -> {
                    requireFirst(p, name, lineNumber);
                    p = positions(values, lineNumber);
                }
                default -> throw invalid("Line " + lineNumber + " of the EA07 tables file names an unknown table; expected S1, S2 or P");
            }
        }
        if (s1 == null || s2 == null || p == null) {
            throw invalid("The EA07 tables file needs the three lines S1, S2 and P");
        }
        return new Ea07Tables(s1, s2, p);
    }

    /** Substitution table 1 (key bit 0) or 2 (key bit 1), entry for {@code nibble}. */
    int substitute(boolean keyBit, int nibble) {
        return keyBit ? s2[nibble] : s1[nibble];
    }

    int[] s1() {
        return s1.clone();
    }

    int[] s2() {
        return s2.clone();
    }

    int[] permutation() {
        return permutation.clone();
    }

    @Override
    public String toString() {
        return "Ea07Tables[redacted]";
    }

    private static void requireFirst(int[] seen, String name, int lineNumber) {
        if (seen != null) {
            throw invalid("Line " + lineNumber + " of the EA07 tables file gives " + name + " a second time");
        }
    }

    private static int[] sbox(String values, String name, int lineNumber) {
        String digits = values.replaceAll("[\\s,]", "");
        if (!digits.matches("[0-9A-Fa-f]{16}")) {
            throw invalid("Line " + lineNumber + ": " + name + " is 16 hex digits");
        }
        int[] table = new int[16];
        for (int i = 0; i < 16; i++) {
            table[i] = Character.digit(digits.charAt(i), 16);
        }
        checkPermutation(table, 16, name + " (line " + lineNumber + ")");
        return table;
    }

    private static int[] positions(String values, int lineNumber) {
        String[] parts = values.split(",", -1);
        if (parts.length != 64) {
            throw invalid("Line " + lineNumber + ": P is 64 comma-separated positions, not " + parts.length);
        }
        int[] table = new int[64];
        for (int i = 0; i < 64; i++) {
            String part = parts[i].strip();
            if (!part.matches("[0-9]{1,2}")) {
                throw invalid("Line " + lineNumber + ": entry " + i + " of P is not a position 0 to 63");
            }
            table[i] = Integer.parseInt(part);
        }
        checkPermutation(table, 64, "P (line " + lineNumber + ")");
        return table;
    }

    private static void checkPermutation(int[] table, int size, String name) {
        if (table == null || table.length != size) {
            throw invalid(name + " has " + size + " entries");
        }
        boolean[] seen = new boolean[size];
        for (int value : table) {
            if (value < 0 || value >= size || seen[value]) {
                throw invalid(name + " must hold each of 0.." + (size - 1) + " exactly once");
            }
            seen[value] = true;
        }
    }

    private static StsException invalid(String message) {
        return new StsException(StsException.Reason.INVALID_TABLES, message);
    }
}
