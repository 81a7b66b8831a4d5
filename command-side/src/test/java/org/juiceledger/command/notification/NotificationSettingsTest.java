package org.juiceledger.command.notification;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Exponential back-off: the first delay, doubling, never longer than the maximum; the password never printed. */
class NotificationSettingsTest {

    private static NotificationSettings settings(int attempts, Duration first, Duration max) {
        return new NotificationSettings(attempts, first, max, false,
                new NotificationSettings.Sms("http://sms", "user", "s3cret", Duration.ofSeconds(10)),
                new NotificationSettings.Email(null));
    }

    @Test
    void delaysDoubleFromTheFirstUpToTheMaximum() {
        NotificationSettings settings = settings(10, Duration.ofSeconds(2), Duration.ofSeconds(20));
        assertThat(settings.delayBefore(1)).isZero();
        assertThat(settings.delayBefore(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.delayBefore(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(settings.delayBefore(4)).isEqualTo(Duration.ofSeconds(8));
        assertThat(settings.delayBefore(5)).isEqualTo(Duration.ofSeconds(16));
        assertThat(settings.delayBefore(6)).isEqualTo(Duration.ofSeconds(20));
        assertThat(settings.delayBefore(100)).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void atLeastOneAttempt() {
        assertThatThrownBy(() -> settings(0, Duration.ofSeconds(2), Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSmsPasswordIsNeverPrinted() {
        NotificationSettings settings = settings(5, Duration.ofSeconds(2), Duration.ofMinutes(5));
        assertThat(settings.toString()).doesNotContain("s3cret").contains("***");
        assertThat(settings.email().configured()).isFalse();
        assertThat(settings.sms().configured()).isTrue();
    }
}
