package org.juiceledger.command.notification;

import com.sun.net.httpserver.HttpServer;
import org.juiceledger.kernel.notification.NotificationChannel;
import org.juiceledger.kernel.error.DomainException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SMS provider call, what an unconfigured channel says, and which recipients are accepted. */
class NotificationChannelsTest {

    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static NotificationSettings settings(String url, String user, String password) {
        return new NotificationSettings(5, Duration.ofSeconds(2), Duration.ofMinutes(5), false,
                new NotificationSettings.Sms(url, user, password, Duration.ofSeconds(5)), new NotificationSettings.Email(null));
    }

    @Test
    void smsPostsJsonWithBasicAuthAndFailsOnANon2xxAnswer() throws Exception {
        List<String> bodies = new ArrayList<>();
        List<String> auth = new ArrayList<>();
        AtomicInteger status = new AtomicInteger(200);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/send", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            auth.add(exchange.getRequestHeaders().getFirst("Authorization"));
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/send";
        SmsChannel sms = new SmsChannel(settings(url, "juice", "pa:ss"));

        sms.send("+27821234567", "Token 1234 \"5678\"");
        assertThat(bodies).containsExactly("{\"to\":\"+27821234567\",\"text\":\"Token 1234 \\\"5678\\\"\"}");
        assertThat(auth).containsExactly("Basic " + Base64.getEncoder().encodeToString("juice:pa:ss".getBytes(StandardCharsets.UTF_8)));

        status.set(500);
        assertThatThrownBy(() -> sms.send("+27821234567", "x"))
                .isInstanceOf(DeliveryFailure.class)
                .hasMessage("The SMS provider answered HTTP 500.")
                .hasMessageNotContaining("pa:ss");
    }

    @Test
    void anUnreachableProviderIsAFailedAttemptThatNamesNeitherUrlNorCredentials() {
        SmsChannel sms = new SmsChannel(settings("http://127.0.0.1:1/send", "juice", "secret"));
        assertThatThrownBy(() -> sms.send("+27821234567", "x"))
                .isInstanceOf(DeliveryFailure.class)
                .hasMessageStartingWith("The SMS provider could not be reached")
                .hasMessageNotContaining("127.0.0.1").hasMessageNotContaining("secret");
    }

    @Test
    void aUrlThatIsNotHttpIsRefusedAtStart() {
        assertThatThrownBy(() -> new SmsChannel(settings("ftp://sms.example.org/send", null, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("juice.notifications.sms.url");
        assertThatThrownBy(() -> new SmsChannel(settings("http://sms example", null, null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unconfiguredChannelsSaySo() {
        assertThatThrownBy(() -> new SmsChannel(settings(null, null, null)).send("+27821234567", "x"))
                .isInstanceOf(DeliveryFailure.class).hasMessageContaining("juice.notifications.sms.url");
        EmailChannel email = new EmailChannel(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                settings(null, null, null));
        assertThatThrownBy(() -> email.send("a@example.org", "s", "b", "r.pdf", new byte[]{1}))
                .isInstanceOf(DeliveryFailure.class).hasMessageContaining("spring.mail.host");
    }

    @Test
    void recipientsMustBePhoneNumbersOrPlainEmailAddresses() {
        NotificationRequests.check(NotificationChannel.SMS, "+27 82 123 4567");
        NotificationRequests.check(NotificationChannel.EMAIL, "thandi.nkosi@example.org");
        for (String bad : List.of("12345", "+27-82-123", "phone", "+27821234567890123456789")) {
            assertThatThrownBy(() -> NotificationRequests.check(NotificationChannel.SMS, bad)).isInstanceOf(DomainException.class);
        }
        for (String bad : List.of("thandi", "Thandi <t@example.org>", "a@b@c", "t@example.org, u@example.org")) {
            assertThatThrownBy(() -> NotificationRequests.check(NotificationChannel.EMAIL, bad)).isInstanceOf(DomainException.class);
        }
    }

    @Test
    void failureReasonsBlotOutTheRecipient() {
        String reason = DeliveryFailure.describe(new IllegalStateException("550 no such user a@example.org\r\nbye"), "a@example.org");
        assertThat(reason).isEqualTo("IllegalStateException: 550 no such user *** bye");
    }
}
