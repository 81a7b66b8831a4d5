package org.juiceledger.platform.security;

import org.springframework.security.crypto.password.PasswordEncoder;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * bcrypt, remembering for a short while which password it has just verified against which hash.
 * HTTP Basic sends the password with every request, and a bcrypt check costs tens of milliseconds
 * of CPU: without this, a busy till spends most of its time proving the same password again.
 * <p>
 * Only successes are remembered, so a wrong password always pays the full price and counts towards
 * the login lockout. What is remembered is an HMAC of hash and password under a key made at random
 * when the process starts and never stored, so it is of no use outside this process. A new
 * password means a new hash, which was never verified: the old password stops working at once.
 */
final class RecentlyVerifiedPasswords implements PasswordEncoder {

    private static final String HMAC = "HmacSHA256";
    private static final int MAX_ENTRIES = 10_000;

    private final PasswordEncoder bcrypt;
    private final Duration remembered;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Instant> verified = new ConcurrentHashMap<>();

    RecentlyVerifiedPasswords(PasswordEncoder bcrypt, Duration remembered, Clock clock) {
        this.bcrypt = bcrypt;
        this.remembered = remembered;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, HMAC);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return bcrypt.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null || remembered.isZero()) {
            return bcrypt.matches(rawPassword, encodedPassword);
        }
        String pair = fingerprint(rawPassword, encodedPassword);
        Instant now = clock.instant();
        Instant until = verified.get(pair);
        if (until != null && now.isBefore(until)) {
            return true;
        }
        boolean matches = bcrypt.matches(rawPassword, encodedPassword);
        if (matches) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.values().removeIf(expiry -> !now.isBefore(expiry));
                if (verified.size() >= MAX_ENTRIES) {
                    verified.clear();
                }
            }
            verified.put(pair, now.plus(remembered));
        } else {
            verified.remove(pair);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return bcrypt.upgradeEncoding(encodedPassword);
    }

    private String fingerprint(CharSequence rawPassword, String encodedPassword) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
