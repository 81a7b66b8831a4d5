package org.juiceledger.platform.testing;

import java.util.UUID;

/** Credentials and secrets the tests run with. */
public final class TestUsers {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "Vend-Secure-2026!k";
    public static final String PASSWORD = "Test-user-pass-2026";
    /** Test secrets: a PIN key, and the public STS conformance vending key (DKGA04). */
    public static final String PIN_KEY = "5d1f0c3b8a7e6d5c4b3a29180716f5e4d3c2b1a09f8e7d6c5b4a392817060504";
    public static final String VENDING_KEY = "abababababababab949494949494949401234567";

    private TestUsers() {
    }

    /** A login no other test uses, so tests can share one database. */
    public static String uniqueLogin(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An identifier no other test uses. */
    public static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
