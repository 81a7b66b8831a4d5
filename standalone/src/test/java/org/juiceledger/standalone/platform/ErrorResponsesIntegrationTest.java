package org.juiceledger.standalone.platform;

import org.juiceledger.platform.testing.JuiceApi;
import org.juiceledger.platform.testing.JuiceApi.Reply;
import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.juiceledger.platform.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juiceledger.platform.testing.JuiceApi.json;
import static org.juiceledger.platform.testing.TestUsers.ADMIN;
import static org.juiceledger.platform.testing.TestUsers.ADMIN_PASSWORD;
import static org.juiceledger.platform.testing.TestUsers.PASSWORD;

/** Every failure is problem+json with a stable code, and bad input changes nothing. */
@PostgresIntegrationTest
class ErrorResponsesIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    JuiceApi api;

    @BeforeEach
    void setUp() {
        api = new JuiceApi(port);
    }

    @Test
    void withoutCredentialsIsUnauthorized() {
        Reply reply = api.get("/api/tariffs", null, null);

        assertProblem(reply, 401, "UNAUTHENTICATED");
    }

    @Test
    void wrongPasswordIsUnauthorized() {
        Reply reply = api.get("/api/tariffs", ADMIN, "not-the-password");

        assertProblem(reply, 401, "UNAUTHENTICATED");
    }

    @Test
    void cashierMayNotPublishTariffs() {
        String cashier = createUser("CASHIER");
        long eventsBefore = eventCount();

        Reply reply = api.post("/api/tariffs", cashier, PASSWORD, validTariff(TestUsers.uniqueId("t")));

        assertProblem(reply, 403, "FORBIDDEN");
        assertThat(eventCount()).isEqualTo(eventsBefore);
    }

    @Test
    void malformedJsonIsBadRequest() {
        long eventsBefore = eventCount();

        Reply reply = api.post("/api/tariffs", ADMIN, ADMIN_PASSWORD, "{\"tariffId\": \"x\", ");

        assertProblem(reply, 400, "MALFORMED_REQUEST");
        assertThat(eventCount()).isEqualTo(eventsBefore);
    }

    @Test
    void unknownFieldIsBadRequest() {
        Reply reply = api.post("/api/tariffs", ADMIN, ADMIN_PASSWORD,
                validTariff(TestUsers.uniqueId("t")).replace("{", "{\"discount\":\"5\","));

        assertProblem(reply, 400, "MALFORMED_REQUEST");
        assertThat(reply.json().get("detail").asText()).contains("discount");
    }

    @Test
    void invalidFieldsAreBadRequestAndNamed() {
        long eventsBefore = eventCount();

        Reply reply = api.post("/api/tariffs", ADMIN, ADMIN_PASSWORD, json("tariffId", "bad id!",
                "name", "x", "pricePerKwh", "-1", "taxPercent", "15.123"));

        assertProblem(reply, 400, "VALIDATION_FAILED");
        List<String> fields = reply.json().get("errors").findValuesAsText("field");
        assertThat(fields).contains("tariffId", "pricePerKwh", "taxPercent");
        assertThat(eventCount()).isEqualTo(eventsBefore);
    }

    @Test
    void unknownTariffIsNotFound() {
        Reply reply = api.get("/api/tariffs/" + TestUsers.uniqueId("nope"), ADMIN, ADMIN_PASSWORD);

        assertProblem(reply, 404, "TARIFF_NOT_FOUND");
    }

    @Test
    void outOfRangeQueryParametersAreBadRequest() {
        assertProblem(api.get("/api/transactions?size=100000", ADMIN, ADMIN_PASSWORD), 400, "VALIDATION_FAILED");
        assertProblem(api.get("/api/transactions?page=-1", ADMIN, ADMIN_PASSWORD), 400, "VALIDATION_FAILED");
        assertProblem(api.get("/api/transactions?from=yesterday", ADMIN, ADMIN_PASSWORD), 400, "VALIDATION_FAILED");
    }

    @Test
    void unknownPathIsNotFoundProblem() {
        Reply reply = api.get("/api/no-such-thing", ADMIN, ADMIN_PASSWORD);

        assertProblem(reply, 404, "NOT_FOUND");
    }

    @Test
    void wrongMethodIsAProblemToo() {
        Reply reply = api.exchange(HttpMethod.DELETE, "/api/tariffs", ADMIN,
                ADMIN_PASSWORD, null, Map.of());

        assertProblem(reply, 405, "METHOD_NOT_ALLOWED");
    }

    private void assertProblem(Reply reply, int status, String code) {
        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("code").asText()).isEqualTo(code);
        assertThat(reply.json().get("status").asInt()).isEqualTo(status);
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    private String createUser(String role) {
        String login = TestUsers.uniqueLogin("cashier");
        Reply created = api.post("/api/users", ADMIN, ADMIN_PASSWORD, json("login", login, "name", "Cashier",
                "password", PASSWORD, "roles", List.of(role), "vendorLimit", "5000.00", "specialLimit", "500.00"));
        assertThat(created.status()).isEqualTo(201);
        return login;
    }

    private static String validTariff(String id) {
        return json("tariffId", id, "name", "Tariff", "pricePerKwh", "0.5", "taxPercent", "0");
    }

    private long eventCount() {
        return jdbc.queryForObject("select count(*) from domainevententry", Long.class);
    }
}
