package org.juiceledger.platform.security;

import org.juiceledger.platform.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class RecentlyVerifiedPasswordsTest {

    /** The real bcrypt, counting how often it is asked to verify. */
    static final class CountedBcrypt implements PasswordEncoder {
        final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        final AtomicInteger checks = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    }

    private final CountedBcrypt bcrypt = new CountedBcrypt();
    private final TestClock clock = new TestClock(Instant.parse("2026-11-23T08:00:00Z"));
    private final RecentlyVerifiedPasswords passwords = new RecentlyVerifiedPasswords(bcrypt, Duration.ofMinutes(5), clock);

    @Test
    void aVerifiedPasswordIsNotCheckedAgainUntilItIsForgotten() {
        String hash = passwords.encode("Right-Password-1");

        assertThat(passwords.matches("Right-Password-1", hash)).isTrue();
        assertThat(passwords.matches("Right-Password-1", hash)).isTrue();
        assertThat(bcrypt.checks).hasValue(1);

        clock.advance(Duration.ofMinutes(5));
        assertThat(passwords.matches("Right-Password-1", hash)).isTrue();
        assertThat(bcrypt.checks).hasValue(2);
    }

    @Test
    void aWrongPasswordIsCheckedInFullEveryTime() {
        String hash = passwords.encode("Right-Password-1");
        passwords.matches("Right-Password-1", hash);

        assertThat(passwords.matches("Wrong-Password-1", hash)).isFalse();
        assertThat(passwords.matches("Wrong-Password-1", hash)).isFalse();
        assertThat(passwords.matches("Right-Password-", hash)).isFalse();
        assertThat(bcrypt.checks).hasValue(4);
    }

    @Test
    void aChangedPasswordMakesTheOldOneFailAtOnce() {
        String oldHash = passwords.encode("Old-Password-1");
        assertThat(passwords.matches("Old-Password-1", oldHash)).isTrue();

        String newHash = passwords.encode("New-Password-1");

        assertThat(passwords.matches("Old-Password-1", newHash)).isFalse();
        assertThat(passwords.matches("New-Password-1", newHash)).isTrue();
    }

    @Test
    void rememberingForNoTimeChecksEveryTime() {
        RecentlyVerifiedPasswords never = new RecentlyVerifiedPasswords(bcrypt, Duration.ZERO, clock);
        String hash = never.encode("Right-Password-1");

        never.matches("Right-Password-1", hash);
        never.matches("Right-Password-1", hash);

        assertThat(bcrypt.checks).hasValue(2);
    }
}
