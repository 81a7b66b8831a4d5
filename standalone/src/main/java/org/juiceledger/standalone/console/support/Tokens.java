package org.juiceledger.standalone.console.support;

import java.util.ArrayList;
import java.util.List;

/** A 20-digit STS token in the groups of four a customer keys in: 1234 5678 9012 3456 7890. */
public final class Tokens {

    private Tokens() {
    }

    public static List<String> groups(String token) {
        List<String> groups = new ArrayList<>();
        if (token == null) {
            return groups;
        }
        for (int i = 0; i < token.length(); i += 4) {
            groups.add(token.substring(i, Math.min(token.length(), i + 4)));
        }
        return groups;
    }

    public static String grouped(String token) {
        return String.join(" ", groups(token));
    }
}
