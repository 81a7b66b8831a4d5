package org.juiceledger.query.verification;

/**
 * One value that does not follow from the events. A missing row has field {@code (row)}, expected
 * {@code present} and actual {@code missing}; an extra row the other way round.
 */
public record Mismatch(String projection, String key, String field, String expected, String actual) {

    static final String ROW = "(row)";

    static Mismatch missingRow(String projection, String key) {
        return new Mismatch(projection, key, ROW, "present", "missing");
    }

    static Mismatch extraRow(String projection, String key) {
        return new Mismatch(projection, key, ROW, "absent", "present");
    }
}
