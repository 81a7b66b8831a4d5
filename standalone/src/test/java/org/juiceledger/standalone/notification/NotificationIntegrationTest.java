package org.juiceledger.standalone.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.juiceledger.command.CommandSideApplication;
import org.juiceledger.platform.testing.JuiceApi.Reply;
import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.juiceledger.platform.testing.PostgresTestDatabaseInitializer;
import org.juiceledger.platform.testing.TestUsers;
import org.juiceledger.standalone.testing.Desk;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.juiceledger.platform.testing.JuiceApi.json;

/**
 * Receipts by email through a real SMTP server (GreenMail) and by SMS through an HTTP provider on
 * this machine, with the retries and the events that record them. Short back-off here: 100 ms,
 * doubling; three attempts; the automatic SMS after a vend is on.
 * <p>
 * It runs the command side alone ({@link CommandSideApplication}), where notifications are sent: its
 * settings differ from the other tests', so it is a second application in this JVM, and one without
 * the query side's streaming projections. Two applications in one JVM share Axon's token owner id
 * (process id and host), so two sets of projections would both claim the same segments and
 * project events twice.
 */
@PostgresIntegrationTest
@ContextConfiguration(classes = CommandSideApplication.class, initializers = PostgresTestDatabaseInitializer.class)
class NotificationIntegrationTest {

    static final String FROM = "receipts@juice.example";
    static final String SMS_USER = "juice-sms";
    static final String SMS_PASSWORD = "sms-Pass-2026:with-colon";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();
    static final FakeSmsProvider SMS = FakeSmsProvider.start();

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void notificationServers(DynamicPropertyRegistry settings) {
        settings.add("spring.mail.host", () -> "127.0.0.1");
        settings.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        settings.add("juice.notifications.email.from", () -> FROM);
        settings.add("juice.notifications.sms.url", SMS::url);
        settings.add("juice.notifications.sms.username", () -> SMS_USER);
        settings.add("juice.notifications.sms.password", () -> SMS_PASSWORD);
        settings.add("juice.notifications.max-attempts", () -> "3");
        settings.add("juice.notifications.first-delay", () -> "100ms");
        settings.add("juice.notifications.auto-sms", () -> "true");
    }

    @AfterAll
    static void stopProvider() {
        SMS.stop();
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    Desk desk;
    String tariff;

    @BeforeEach
    void setUp() {
        desk = new Desk(port);
        tariff = desk.tariff("0.500000", "0");
    }

    @Test
    void anEmailCarriesTheReceiptToTheAccountsAddress() throws Exception {
        String email = TestUsers.uniqueId("thandi") + "@example.org";
        String account = account("Thandi O'Neill", null, email);
        String meter = desk.stsMeter(account);
        JsonNode sale = desk.transact(desk.cashier, "/api/accounts/" + account + "/purchases",
                json("amount", "50.00", "tender", "CASH", "tendered", "60.00", "meterNumber", meter));
        long number = sale.get("transactionNumber").asLong();
        String groupedToken = group(sale.get("token").asText());

        Reply accepted = desk.post(desk.cashier, "/api/transactions/" + number + "/notifications", json("channel", "EMAIL"));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.json().get("status").asText()).isEqualTo("REQUESTED");
        String id = accepted.json().get("notificationId").asText();

        MimeMessage message = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> MAIL.getReceivedMessagesForDomain(email), messages -> messages.length == 1)[0];
        assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly(email);
        assertThat(message.getFrom()).extracting(Object::toString).containsExactly(FROM);
        assertThat(message.getSubject()).isEqualTo("Receipt for transaction " + number + " - Juice Ledger Utility");
        Multipart parts = (Multipart) message.getContent();
        String body = null;
        byte[] pdf = null;
        String attachmentName = null;
        for (BodyPart part : parts(parts)) {
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                attachmentName = part.getFileName();
                assertThat(part.getContentType()).startsWith("application/pdf");
                pdf = part.getInputStream().readAllBytes();
            } else if (part.isMimeType("text/plain")) {
                body = (String) part.getContent();
            }
        }
        assertThat(body).startsWith("Dear Thandi O'Neill,")
                .contains("Transaction: " + number, "Token: " + groupedToken, "Units: 100.0 kWh", "Total: 50.00",
                        "Tendered: 60.00", "Change: 10.00", "Cashier: " + desk.cashier);
        assertThat(attachmentName).isEqualTo("receipt-" + number + ".pdf");
        assertThat(new String(pdf, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        assertThat(pdfText(pdf)).contains(Long.toString(number), groupedToken, "Thandi O'Neill");

        List<StoredEvent> events = eventsWhen(id, list -> list.size() == 2);
        assertThat(events).extracting(StoredEvent::type).containsExactly("NotificationRequested", "NotificationSent");
        StoredEvent requested = events.get(0);
        assertThat(requested.payload().get("transactionNumber").asLong()).isEqualTo(number);
        assertThat(requested.payload().get("accountNumber").asText()).isEqualTo(account);
        assertThat(requested.payload().get("channel").asText()).isEqualTo("EMAIL");
        assertThat(requested.payload().get("email").asText()).isEqualTo(email);
        assertThat(requested.payload().get("phone").isNull()).isTrue();
        assertThat(requested.payload().get("automatic").asBoolean()).isFalse();
        assertThat(requested.metadata().get("who").asText()).isEqualTo(desk.cashier);
        assertThat(requested.metadata().get("channel").asText()).isEqualTo("REST");
        StoredEvent sent = events.get(1);
        assertThat(sent.payload().get("attempt").asInt()).isEqualTo(1);
        assertThat(sent.metadata().get("who").asText()).isEqualTo("system");
        assertThat(sent.metadata().get("channel").asText()).isEqualTo("SYSTEM");
        assertThat(sent.metadata().get("correlationId").asText()).isEqualTo(requested.metadata().get("correlationId").asText());
    }

    @Test
    void anSmsGoesToTheProviderAsJsonWithBasicAuthAfterEveryVendAndOnRequest() {
        String phone = uniquePhone();
        String account = account("Sipho Dlamini", phone, null);
        String meter = desk.stsMeter(account);
        JsonNode deposit = desk.transact(desk.cashier, "/api/accounts/" + account + "/wallet/deposits",
                json("amount", "20.00", "tender", "CASH"));
        JsonNode sale = desk.transact(desk.cashier, "/api/accounts/" + account + "/purchases",
                json("amount", "30.00", "tender", "CC", "meterNumber", meter));
        long number = sale.get("transactionNumber").asLong();
        String groupedToken = group(sale.get("token").asText());

        // the automatic SMS after the vend (a wallet deposit sells no energy: none for it)
        FakeSmsProvider.Received automatic = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> SMS.to(phone), list -> !list.isEmpty()).get(0);
        assertThat(automatic.method()).isEqualTo("POST");
        assertThat(automatic.contentType()).startsWith("application/json");
        assertThat(automatic.authorization()).isEqualTo("Basic " + Base64.getEncoder()
                .encodeToString((SMS_USER + ":" + SMS_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        assertThat(fieldNames(automatic.body())).containsExactly("to", "text");
        assertThat(automatic.body().get("to").asText()).isEqualTo(phone);
        String text = automatic.body().get("text").asText();
        assertThat(text).startsWith("Juice Ledger Utility: transaction " + number + ", ")
                .contains("Cash-CC", "Token " + groupedToken + ".", "60.0 kWh", "Amount 30.00");

        Reply accepted = desk.post(desk.cashier, "/api/transactions/" + number + "/notifications", json("channel", "SMS"));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String id = accepted.json().get("notificationId").asText();
        await().atMost(Duration.ofSeconds(20)).until(() -> SMS.to(phone).size() == 2);
        assertThat(SMS.to(phone).get(1).body().get("text").asText()).isEqualTo(text);
        assertThat(eventsWhen(id, list -> list.size() == 2)).extracting(StoredEvent::type)
                .containsExactly("NotificationRequested", "NotificationSent");

        List<JsonNode> automaticRequests = requestsFor(number).stream().filter(r -> r.get("automatic").asBoolean()).toList();
        assertThat(automaticRequests).hasSize(1);
        assertThat(automaticRequests.get(0).get("phone").asText()).isEqualTo(phone);
        assertThat(requestsFor(deposit.get("transactionNumber").asLong())).isEmpty();
        assertThat(SMS.to(phone)).hasSize(2);
    }

    @Test
    void providerFailuresAreRetriedWithBackOffAndRecorded() {
        String account = account("Lerato Mokoena", null, null);
        String meter = desk.stsMeter(account);
        JsonNode sale = desk.transact(desk.cashier, "/api/accounts/" + account + "/purchases",
                json("amount", "10.00", "tender", "CASH", "meterNumber", meter));
        long number = sale.get("transactionNumber").asLong();
        String to = uniquePhone();
        SMS.answer(to, 500, 500);

        Reply accepted = desk.post(desk.cashier, "/api/transactions/" + number + "/notifications",
                json("channel", "SMS", "to", to));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String id = accepted.json().get("notificationId").asText();

        List<StoredEvent> events = eventsWhen(id, list -> list.size() == 4);
        assertThat(events).extracting(StoredEvent::type).containsExactly("NotificationRequested",
                "NotificationAttemptFailed", "NotificationAttemptFailed", "NotificationSent");
        assertThat(events.get(0).payload().get("phone").asText()).isEqualTo(to);
        assertThat(events.get(1).payload().get("attempt").asInt()).isEqualTo(1);
        assertThat(events.get(1).payload().get("reason").asText()).isEqualTo("The SMS provider answered HTTP 500.");
        assertThat(events.get(2).payload().get("attempt").asInt()).isEqualTo(2);
        assertThat(events.get(3).payload().get("attempt").asInt()).isEqualTo(3);
        assertThat(SMS.to(to)).extracting(FakeSmsProvider.Received::status).containsExactly(500, 500, 200);
        // back-off: 100 ms before the second attempt, 200 ms before the third
        assertThat(events.get(2).at()).isAfterOrEqualTo(events.get(1).at().plusMillis(90));
        assertThat(events.get(3).at()).isAfterOrEqualTo(events.get(2).at().plusMillis(190));

        // the account's own events are untouched: the sale, and nothing after it
        assertThat(events(account)).extracting(StoredEvent::type).containsExactly("AccountOpened", "MeterRegistered",
                "TransactionRecorded");
    }

    @Test
    void afterTheLastFailedAttemptTheNotificationIsAbandoned() {
        String account = account("Kagiso Molefe", null, null);
        JsonNode deposit = desk.transact(desk.cashier, "/api/accounts/" + account + "/wallet/deposits",
                json("amount", "20.00", "tender", "DC"));
        String to = uniquePhone();
        SMS.answer(to, 503, 500, 502, 500);

        Reply accepted = desk.post(desk.cashier, "/api/transactions/" + deposit.get("transactionNumber").asLong()
                + "/notifications", json("channel", "SMS", "to", to));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);

        List<StoredEvent> events = eventsWhen(accepted.json().get("notificationId").asText(), list -> list.size() == 5);
        assertThat(events).extracting(StoredEvent::type).containsExactly("NotificationRequested",
                "NotificationAttemptFailed", "NotificationAttemptFailed", "NotificationAttemptFailed",
                "NotificationAbandoned");
        assertThat(events.get(4).payload().get("attempts").asInt()).isEqualTo(3);
        assertThat(events.get(4).payload().get("reason").asText()).isEqualTo("The SMS provider answered HTTP 502.");
        assertThat(SMS.to(to)).hasSize(3);
    }

    @Test
    void refusals() {
        String account = account("No Contact", null, null);
        JsonNode deposit = desk.transact(desk.cashier, "/api/accounts/" + account + "/wallet/deposits",
                json("amount", "5.00", "tender", "CASH"));
        String path = "/api/transactions/" + deposit.get("transactionNumber").asLong() + "/notifications";

        assertProblem(desk.post(desk.cashier, path, json("channel", "SMS")), 422, "NO_RECIPIENT");
        assertProblem(desk.post(desk.cashier, path, json("channel", "EMAIL")), 422, "NO_RECIPIENT");
        assertProblem(desk.post(desk.cashier, "/api/transactions/987654321/notifications", json("channel", "SMS", "to",
                "+27820000000")), 404, "TRANSACTION_NOT_FOUND");
        assertProblem(desk.post(desk.cashier, path, json("channel", "SMS", "to", "not a phone")), 400, "VALIDATION_FAILED");
        assertProblem(desk.post(desk.cashier, path, json("channel", "EMAIL", "to", "someone")), 400, "VALIDATION_FAILED");
        assertProblem(desk.post(desk.cashier, path, json("channel", "EMAIL", "to", "<a@example.org>")), 400,
                "VALIDATION_FAILED");
        assertProblem(desk.post(desk.cashier, path, json("channel", "FAX", "to", "+27820000000")), 400,
                "MALFORMED_REQUEST");
        assertProblem(desk.post(desk.cashier, path, json("to", "+27820000000")), 400, "VALIDATION_FAILED");
        assertProblem(desk.post(desk.user("FINANCE"), path, json("channel", "SMS", "to", "+27820000000")), 403, "FORBIDDEN");
        assertThat(requestsFor(deposit.get("transactionNumber").asLong())).isEmpty();

        Reply supervisor = desk.post(desk.supervisor, path, json("channel", "SMS", "to", uniquePhone()));
        assertThat(supervisor.status()).as(supervisor.body()).isEqualTo(202);
    }

    private static void assertProblem(Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("code").asText()).isEqualTo(code);
    }

    private String account(String name, String phone, String email) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        if (phone != null) {
            body.put("phone", phone);
        }
        if (email != null) {
            body.put("email", email);
        }
        body.put("tariffId", tariff);
        Reply reply = desk.post(desk.cashier, "/api/accounts", write(body));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("accountNumber").asText();
    }

    private List<StoredEvent> eventsWhen(String notificationId, java.util.function.Predicate<List<StoredEvent>> ready) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> events(notificationId), ready);
    }

    private List<StoredEvent> events(String aggregateId) {
        return jdbc.query("""
                select payloadtype, convert_from(payload, 'UTF8') as payload, convert_from(metadata, 'UTF8') as metadata,
                       timestamp
                from domainevententry where aggregateidentifier = ? order by sequencenumber""",
                (row, i) -> new StoredEvent(row.getString("payloadtype").substring(row.getString("payloadtype").lastIndexOf('.') + 1),
                        read(row.getString("payload")), read(row.getString("metadata")),
                        java.time.Instant.parse(row.getString("timestamp"))),
                aggregateId);
    }

    private List<JsonNode> requestsFor(long transactionNumber) {
        return jdbc.queryForList("""
                select convert_from(payload, 'UTF8') from domainevententry
                where payloadtype = 'org.juiceledger.kernel.notification.NotificationRequested'""", String.class)
                .stream().map(NotificationIntegrationTest::read)
                .filter(p -> p.get("transactionNumber").asLong() == transactionNumber).toList();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<BodyPart> parts(Multipart multipart) throws Exception {
        List<BodyPart> parts = new ArrayList<>();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart nested) {
                parts.addAll(parts(nested));
            } else {
                parts.add(part);
            }
        }
        return parts;
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PdfReader reader = new PdfReader(pdf)) {
            return new PdfTextExtractor(reader).getTextFromPage(1);
        }
    }

    static String group(String token) {
        return String.join(" ", token.split("(?<=\\G.{4})"));
    }

    private static String uniquePhone() {
        StringBuilder phone = new StringBuilder("+2782");
        for (int i = 0; i < 7; i++) {
            phone.append(RANDOM.nextInt(10));
        }
        return phone.toString();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    record StoredEvent(String type, JsonNode payload, JsonNode metadata, java.time.Instant at) {
    }
}
