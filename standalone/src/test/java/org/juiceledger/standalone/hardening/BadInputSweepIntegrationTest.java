package org.juiceledger.standalone.hardening;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.juiceledger.platform.testing.JuiceApi.Reply;
import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.juiceledger.platform.testing.TestUsers;
import org.juiceledger.standalone.testing.Desk;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juiceledger.platform.testing.JuiceApi.json;

/**
 * For every POST endpoint: malformed JSON, missing and extra fields, wrong types, huge numbers,
 * negative and zero amounts, too many decimals, very long strings, control characters, SQL and
 * script fragments. Every one is a 4xx problem+json, none a 500, and no event is stored.
 */
@PostgresIntegrationTest
class BadInputSweepIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LONG = "x".repeat(10_000);
    private static final List<Object> BAD_IDS = List.of("' OR 1=1 --", "<script>alert(1)</script>", LONG, "a\u0000b", "漢字", "");
    private static final List<Object> BAD_TEXTS = List.of(LONG, "a\u0000\u0007b", "<script>alert(1)</script>", "");
    private static final List<Object> BAD_AMOUNTS = List.of("-1.00", "0", "0.00", "1.001", "1e400",
            "123456789012345678901234567890", "NaN", "abc", -5, true);
    private static final List<Object> BAD_INTS = List.of(-1, 0, 2147483648L, "x", 1.5, 1_000_001);
    private static final List<Object> BAD_ENUMS = List.of("GOLD", "", "cash ", 7);
    private static final List<Object> BAD_CASH = List.of("-1.00", "1.001", "1e400", "abc");
    /** Fields that may be left out (a receipt without "to" goes to the account's own phone or email). */
    private static final List<String> OPTIONAL = List.of("meterNumber", "lastSerial", "customer", "collectionPercent", "to");
    private static final List<Object> BAD_PRICES = List.of("-1", "0", "0.0000001", "1e400", "abc");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    /** What a field holds, and so which bad values it is sent. */
    enum Kind { ID, TEXT, AMOUNT, PRICE, INT, ENUM, CASH, SECRET, LIST, SMS_TEXT, RECIPIENT }

    record Field(String name, Kind kind) {
    }

    record Endpoint(String login, String path, Map<String, Object> body, List<Field> fields) {
    }

    @Test
    void everyBadInputIsAClientErrorAndStoresNothing() throws Exception {
        Desk desk = new Desk(port);
        List<Endpoint> endpoints = endpoints(desk);
        long eventsBefore = events();
        List<String> wrong = new ArrayList<>();
        int sent = 0;

        for (Endpoint endpoint : endpoints) {
            for (String body : mutations(endpoint)) {
                Reply reply = desk.api.post(endpoint.path(), endpoint.login(),
                        endpoint.login().equals(TestUsers.ADMIN) ? TestUsers.ADMIN_PASSWORD : Desk.PASSWORD, body);
                sent++;
                if (reply.status() < 400 || reply.status() >= 500 || !reply.contentType().startsWith("application/problem+json")
                        || !reply.body().contains("\"code\"") || reply.body().contains("Exception")) {
                    wrong.add(reply.status() + " " + endpoint.path() + " " + abbreviate(body) + " -> " + abbreviate(reply.body()));
                }
            }
        }

        assertThat(wrong).as("answers that were not a 4xx problem").isEmpty();
        assertThat(sent).isGreaterThan(400);
        assertThat(events()).as("events stored by bad input").isEqualTo(eventsBefore);
    }

    private List<Endpoint> endpoints(Desk desk) {
        String cardAdmin = desk.user("CARD_ADMIN");
        String gateway = desk.user("GATEWAY");
        String tariff = desk.tariff("0.500000", "0");
        String account = desk.account(tariff);
        String other = desk.account(tariff);
        String meter = desk.stsMeter(account);
        long deposit = desk.transact(desk.cashier, "/api/accounts/" + account + "/wallet/deposits",
                json("amount", "50.00", "tender", "CASH")).get("transactionNumber").asLong();
        String serial = desk.post(cardAdmin, "/api/card-batches", json("quantity", 1, "denomination", "10.00",
                "pinLength", 16, "pinAlphabet", "NUMERIC")).json().get("firstSerial").asText();
        String a = "/api/accounts/" + account;
        return List.of(
                endpoint(TestUsers.ADMIN, "/api/users", Map.of("login", TestUsers.uniqueLogin("sweep"), "name", "Sweep",
                        "password", TestUsers.PASSWORD, "roles", List.of("CASHIER")),
                        field("login", Kind.ID), field("name", Kind.TEXT), field("password", Kind.SECRET), field("roles", Kind.LIST)),
                endpoint(TestUsers.ADMIN, "/api/tariffs", Map.of("tariffId", TestUsers.uniqueId("t"), "name", "T",
                        "pricePerKwh", "0.5", "taxPercent", "0"),
                        field("tariffId", Kind.ID), field("name", Kind.TEXT), field("pricePerKwh", Kind.PRICE)),
                endpoint(desk.cashier, "/api/accounts", Map.of("name", "N", "tariffId", tariff),
                        field("name", Kind.TEXT), field("tariffId", Kind.ID)),
                endpoint(desk.cashier, a + "/meters", Map.of("meterNumber", "AMI-" + TestUsers.uniqueId("m"), "kind", "AMI"),
                        field("meterNumber", Kind.ID), field("kind", Kind.ENUM)),
                endpoint(desk.cashier, a + "/purchases", Map.of("amount", "10.00", "tender", "CASH", "meterNumber", meter),
                        field("amount", Kind.AMOUNT), field("tender", Kind.ENUM), field("meterNumber", Kind.ID)),
                endpoint(desk.cashier, a + "/arrears/payments", Map.of("amount", "10.00", "tender", "CASH"),
                        field("amount", Kind.AMOUNT), field("tender", Kind.ENUM)),
                endpoint(desk.cashier, a + "/wallet/deposits", Map.of("amount", "10.00", "tender", "CC"),
                        field("amount", Kind.AMOUNT), field("tender", Kind.ENUM)),
                endpoint(desk.supervisor, a + "/wallet/credit-notes", Map.of("amount", "10.00", "note", "n"),
                        field("amount", Kind.AMOUNT), field("note", Kind.TEXT)),
                endpoint(desk.cashier, a + "/wallet/transfers", Map.of("toAccount", other, "amount", "10.00"),
                        field("toAccount", Kind.ID), field("amount", Kind.AMOUNT)),
                endpoint(desk.cashier, a + "/wallet/purchases", Map.of("amount", "10.00", "meterNumber", meter),
                        field("amount", Kind.AMOUNT), field("meterNumber", Kind.ID)),
                endpoint(desk.supervisor, a + "/arrears", Map.of("amount", "10.00", "description", "d", "collectionPercent", "50"),
                        field("amount", Kind.AMOUNT), field("description", Kind.TEXT), field("collectionPercent", Kind.AMOUNT)),
                endpoint(desk.supervisor, a + "/arrears/write-offs", Map.of("amount", "10.00", "reason", "r"),
                        field("amount", Kind.AMOUNT), field("reason", Kind.TEXT)),
                endpoint(desk.supervisor, a + "/free-tokens", Map.of("meterNumber", meter, "units", "5", "reason", "r"),
                        field("units", Kind.AMOUNT), field("reason", Kind.TEXT), field("meterNumber", Kind.ID)),
                endpoint(desk.supervisor, a + "/management-tokens", Map.of("meterNumber", meter, "kind", "CLEAR_TAMPER", "workOrder", "W"),
                        field("kind", Kind.ENUM), field("workOrder", Kind.TEXT), field("meterNumber", Kind.ID)),
                endpoint(desk.supervisor, "/api/adjustments", Map.of("reason", "r", "lines",
                        List.of(Map.of("accountNumber", account, "target", "WALLET", "amount", "1.00"))),
                        field("reason", Kind.TEXT), field("lines", Kind.LIST)),
                endpoint(desk.supervisor, "/api/transactions/" + deposit + "/reversal", Map.of("reason", "r"),
                        field("reason", Kind.TEXT)),
                endpoint(cardAdmin, "/api/card-batches", Map.of("quantity", 1, "denomination", "10.00", "pinLength", 16,
                        "pinAlphabet", "NUMERIC"),
                        field("quantity", Kind.INT), field("denomination", Kind.AMOUNT), field("pinLength", Kind.INT),
                        field("pinAlphabet", Kind.ENUM)),
                endpoint(desk.supervisor, "/api/cards/custody", Map.of("firstSerial", serial, "cashier", desk.cashier),
                        field("firstSerial", Kind.ID), field("cashier", Kind.ID)),
                endpoint(desk.supervisor, "/api/cards/activate", Map.of("firstSerial", serial, "tender", "CASH",
                        "expectedTotal", "10.00", "customer", "cash"),
                        field("firstSerial", Kind.ID), field("tender", Kind.ENUM), field("expectedTotal", Kind.AMOUNT),
                        field("customer", Kind.TEXT)),
                endpoint(desk.cashier, "/api/cards/redeem", Map.of("pin", "1234567890123456", "meterNumber", meter),
                        field("pin", Kind.ID), field("meterNumber", Kind.ID)),
                endpoint(desk.supervisor, "/api/cards/" + serial + "/void", Map.of("reason", "r"), field("reason", Kind.TEXT)),
                endpoint(desk.cashier, "/api/cashiers/" + desk.cashier + "/batch-close", Map.of("declaredCash", "50.00"),
                        field("declaredCash", Kind.CASH)),
                endpoint(desk.supervisor, "/api/cards/custody/returns", Map.of("firstSerial", serial),
                        field("firstSerial", Kind.ID)),
                endpoint(desk.cashier, "/api/cards/verify", Map.of("firstSerial", serial, "lastSerial", serial),
                        field("firstSerial", Kind.ID), field("lastSerial", Kind.ID)),
                endpoint(gateway, "/api/gateways/sms", Map.of("from", "+27820000000", "text", meter + "*1234567890123456",
                        "messageId", TestUsers.uniqueId("sms")),
                        field("from", Kind.ID), field("text", Kind.SMS_TEXT), field("messageId", Kind.ID)),
                endpoint(gateway, "/api/gateways/ivr", Map.of("callerId", "+27820000000", "meterNumber", meter,
                        "pin", "1234567890123456"),
                        field("callerId", Kind.ID), field("pin", Kind.ID)),
                endpoint(desk.cashier, "/api/transactions/" + deposit + "/notifications", Map.of("channel", "SMS",
                        "to", "+27820000000"),
                        field("channel", Kind.ENUM), field("to", Kind.RECIPIENT)));
    }

    private static List<String> mutations(Endpoint endpoint) throws Exception {
        List<String> bodies = new ArrayList<>(List.of("{", "", "[]", "null", "\"text\"", "{\"a\":}"));
        Map<String, Object> extra = new LinkedHashMap<>(endpoint.body());
        extra.put("unexpected", 1);
        bodies.add(JSON.writeValueAsString(extra));
        for (Field field : endpoint.fields()) {
            Map<String, Object> missing = new LinkedHashMap<>(endpoint.body());
            missing.remove(field.name());
            if (!OPTIONAL.contains(field.name())) {
                bodies.add(JSON.writeValueAsString(missing));
            }
            for (Object bad : badValues(field.kind())) {
                Map<String, Object> body = new LinkedHashMap<>(endpoint.body());
                body.put(field.name(), bad);
                bodies.add(JSON.writeValueAsString(body));
            }
        }
        return bodies;
    }

    private static List<Object> badValues(Kind kind) {
        List<Object> wrongTypes = List.of(Map.of("nested", 1), List.of(1, 2));
        List<Object> values = new ArrayList<>(wrongTypes);
        values.addAll(switch (kind) {
            case ID -> BAD_IDS;
            case TEXT -> BAD_TEXTS;
            case AMOUNT -> BAD_AMOUNTS;
            case INT -> BAD_INTS;
            case ENUM -> BAD_ENUMS;
            case CASH -> BAD_CASH;
            case PRICE -> BAD_PRICES;
            case SECRET -> List.of(LONG, "short");
            case LIST -> List.of("notalist", List.of(), List.of(1, 2));
            // any short text is a message to answer (with the usage text): only a flood is bad input
            case SMS_TEXT -> List.of("x".repeat(1601));
            case RECIPIENT -> List.of(LONG, "a\u0000\u0007b", "<script>alert(1)</script>");
        });
        return values;
    }

    private static Endpoint endpoint(String login, String path, Map<String, Object> body, Field... fields) {
        return new Endpoint(login, path, body, List.of(fields));
    }

    private static Field field(String name, Kind kind) {
        return new Field(name, kind);
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domainevententry", Long.class);
    }

    private static String abbreviate(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "..." : text;
    }
}
