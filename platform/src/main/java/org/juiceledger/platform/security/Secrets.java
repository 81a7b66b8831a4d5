package org.juiceledger.platform.security;

/** How a secret setting shows in a settings record's {@code toString}: whether it is set, never its value. */
final class Secrets {

    private Secrets() {
    }

    static String hidden(String secret) {
        return secret == null || secret.isEmpty() ? "(empty)" : "(hidden)";
    }
}
