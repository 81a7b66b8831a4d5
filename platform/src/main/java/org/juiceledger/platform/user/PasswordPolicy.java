package org.juiceledger.platform.user;

import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;

import java.util.Locale;

/** Passwords guard the utility's money: long enough, varied, and not the login itself. */
final class PasswordPolicy {

    static final int LENGTH_MIN = 12;
    static final int LENGTH_MAX = 128;

    private PasswordPolicy() {
    }

    static void check(String login, String password) {
        if (password == null || password.length() < LENGTH_MIN || password.length() > LENGTH_MAX) {
            throw weak("A password needs " + LENGTH_MIN + " to " + LENGTH_MAX + " characters.");
        }
        if (password.chars().distinct().count() < 6) {
            throw weak("A password needs at least 6 different characters.");
        }
        if (password.toLowerCase(Locale.ROOT).contains(login.toLowerCase(Locale.ROOT))) {
            throw weak("A password must not contain the login.");
        }
    }

    private static DomainException weak(String message) {
        return new DomainException(ErrorCode.WEAK_PASSWORD, message);
    }
}
