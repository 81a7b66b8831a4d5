package org.juiceledger.command.gateway;

/** A 20-digit token written for people: in groups of four to read, and digit by digit to speak. */
final class TokenText {

    private TokenText() {
    }

    /** "1234 5678 9012 3456 7890". */
    static String grouped(String token) {
        return join(token, "", " ");
    }

    /** "1 2 3 4, 5 6 7 8, ...": a speech engine reads each digit and pauses between groups. */
    static String spoken(String token) {
        return join(token, " ", ", ");
    }

    private static String join(String token, String betweenDigits, String betweenGroups) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < token.length(); i++) {
            if (i > 0) {
                text.append(i % 4 == 0 ? betweenGroups : betweenDigits);
            }
            text.append(token.charAt(i));
        }
        return text.toString();
    }
}
