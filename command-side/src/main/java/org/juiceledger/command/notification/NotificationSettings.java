package org.juiceledger.command.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code juice.notifications.*}: how often and how patiently a receipt is tried, whether one goes
 * out by SMS after every vend, and where SMS go. Email goes through Spring's mail sender
 * ({@code spring.mail.host}, {@code spring.mail.port}, ...) from {@code email.from}.
 *
 * @param maxAttempts attempts per notification before it is abandoned (1 or more)
 * @param firstDelay  the wait before the second attempt; each later wait doubles
 * @param maxDelay    no wait is longer than this
 * @param autoSms     send the receipt by SMS after every vend to an account with a phone number
 */
@ConfigurationProperties("juice.notifications")
public record NotificationSettings(int maxAttempts, Duration firstDelay, Duration maxDelay, boolean autoSms, Sms sms,
                                   Email email) {

    public NotificationSettings {
        if (firstDelay == null || maxDelay == null || sms == null || sms.timeout() == null) {
            throw new IllegalArgumentException("juice.notifications needs its delays and sms.timeout (juice-defaults.yml has them)");
        }
        // no juice.notifications.email.* at all: no sender address, so no email
        email = email == null ? new Email(null) : email;
        if (maxAttempts < 1 || maxAttempts > 100) {
            throw new IllegalArgumentException("juice.notifications.max-attempts must be between 1 and 100");
        }
        if (firstDelay.isNegative() || maxDelay.isNegative()) {
            throw new IllegalArgumentException("juice.notifications delays must not be negative");
        }
    }

    /** The wait before attempt {@code attempt} (2 or more): firstDelay × 2^(attempt − 2), at most maxDelay. */
    public Duration delayBefore(int attempt) {
        if (attempt <= 1) {
            return Duration.ZERO;
        }
        Duration delay = firstDelay;
        for (int i = 2; i < attempt && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /**
     * The HTTP SMS provider: {@code POST url} with JSON {@code {to, text}} and HTTP Basic
     * {@code username}/{@code password} (both optional; never logged).
     */
    public record Sms(String url, String username, String password, Duration timeout) {

        public boolean configured() {
            return url != null && !url.isBlank();
        }

        @Override
        public String toString() {
            return "Sms[url=" + url + ", username=" + username + ", password=" + (password == null ? "null" : "***")
                    + ", timeout=" + timeout + "]";
        }
    }

    /** The address receipts are sent from. */
    public record Email(String from) {

        public boolean configured() {
            return from != null && !from.isBlank();
        }
    }
}
