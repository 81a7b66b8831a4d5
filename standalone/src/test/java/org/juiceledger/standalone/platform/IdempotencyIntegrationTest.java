package org.juiceledger.standalone.platform;

import org.juiceledger.platform.testing.JuiceApi;
import org.juiceledger.platform.testing.JuiceApi.Reply;
import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.juiceledger.platform.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juiceledger.platform.testing.JuiceApi.json;
import static org.juiceledger.platform.testing.TestUsers.ADMIN;
import static org.juiceledger.platform.testing.TestUsers.ADMIN_PASSWORD;
import static org.juiceledger.platform.testing.TestUsers.PASSWORD;

/**
 * {@code Idempotency-Key}: a retry with the same key and body gets the first response and has no
 * second effect; another body under the same key is refused; keys belong to their user.
 */
@PostgresIntegrationTest
class IdempotencyIntegrationTest {

    private static final String KEY = "Idempotency-Key";
    private static final String REPLAY = "Idempotent-Replay";

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
    void sameKeyAndBodyGiveTheFirstResponseAgainAndOneEvent() {
        String key = TestUsers.uniqueId("key");
        String body = tariff(TestUsers.uniqueId("t"), "0.5");
        long eventsBefore = eventCount();

        Reply first = post("/api/tariffs", ADMIN, ADMIN_PASSWORD, body, key);
        Reply retry = post("/api/tariffs", ADMIN, ADMIN_PASSWORD, body, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header(REPLAY)).isEmpty();
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.contentType()).isEqualTo(first.contentType());
        assertThat(retry.header(REPLAY)).containsExactly("true");
        assertThat(retry.json().get("version").asInt()).isEqualTo(1);
        assertThat(eventCount()).isEqualTo(eventsBefore + 1);
    }

    @Test
    void sameKeyWithAnotherBodyOrPathIsRefusedAndChangesNothing() {
        String key = TestUsers.uniqueId("key");
        String id = TestUsers.uniqueId("t");
        Reply first = post("/api/tariffs", ADMIN, ADMIN_PASSWORD, tariff(id, "0.5"), key);
        long eventsAfterFirst = eventCount();

        Reply otherBody = post("/api/tariffs", ADMIN, ADMIN_PASSWORD, tariff(id, "0.6"), key);
        Reply otherPath = post("/api/users", ADMIN, ADMIN_PASSWORD, user(TestUsers.uniqueLogin("u")), key);

        assertThat(first.status()).isEqualTo(201);
        assertProblem(otherBody, 422, "IDEMPOTENCY_KEY_REUSED");
        assertProblem(otherPath, 422, "IDEMPOTENCY_KEY_REUSED");
        assertThat(eventCount()).isEqualTo(eventsAfterFirst);
        Reply retry = post("/api/tariffs", ADMIN, ADMIN_PASSWORD, tariff(id, "0.5"), key);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header(REPLAY)).containsExactly("true");
    }

    @Test
    void keysBelongToTheirUser() {
        String supervisor = createUser("SUPERVISOR");
        String key = TestUsers.uniqueId("key");
        String body = tariff(TestUsers.uniqueId("t"), "0.5");
        long eventsBefore = eventCount();

        Reply byAdmin = post("/api/tariffs", ADMIN, ADMIN_PASSWORD, body, key);
        Reply bySupervisor = post("/api/tariffs", supervisor, PASSWORD, body, key);

        assertThat(byAdmin.status()).isEqualTo(201);
        assertThat(bySupervisor.status()).isEqualTo(201);
        assertThat(bySupervisor.header(REPLAY)).isEmpty();
        assertThat(byAdmin.json().get("version").asInt()).isEqualTo(1);
        assertThat(bySupervisor.json().get("version").asInt()).isEqualTo(2);
        assertThat(eventCount()).isEqualTo(eventsBefore + 2);
    }

    @ParameterizedTest
    @MethodSource("invalidKeys")
    void invalidKeyIsBadRequestAndChangesNothing(String key) {
        long eventsBefore = eventCount();

        Reply reply = post("/api/tariffs", ADMIN, ADMIN_PASSWORD, tariff(TestUsers.uniqueId("t"), "0.5"), key);

        assertProblem(reply, 400, "IDEMPOTENCY_KEY_INVALID");
        assertThat(eventCount()).isEqualTo(eventsBefore);
    }

    static List<String> invalidKeys() {
        return List.of("", "has space", "slash/not-allowed", "semi;colon", "k".repeat(101));
    }

    @Test
    void longestValidKeyIsAccepted() {
        String key = "Aa0_.:-" + "k".repeat(93);

        Reply reply = post("/api/tariffs", ADMIN, ADMIN_PASSWORD, tariff(TestUsers.uniqueId("t"), "0.5"), key);

        assertThat(key).hasSize(100);
        assertThat(reply.status()).isEqualTo(201);
    }

    @Test
    void aRefusedRequestIsReplayedAsTheSameRefusal() {
        String key = TestUsers.uniqueId("key");
        String invalid = json("tariffId", "bad id!", "name", "x", "pricePerKwh", "-1", "taxPercent", "0");
        long eventsBefore = eventCount();

        Reply first = post("/api/tariffs", ADMIN, ADMIN_PASSWORD, invalid, key);
        Reply retry = post("/api/tariffs", ADMIN, ADMIN_PASSWORD, invalid, key);

        assertProblem(first, 400, "VALIDATION_FAILED");
        assertProblem(retry, 400, "VALIDATION_FAILED");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header(REPLAY)).containsExactly("true");
        assertThat(eventCount()).isEqualTo(eventsBefore);
    }

    @Test
    void withoutAKeyEveryPostRuns() {
        String body = tariff(TestUsers.uniqueId("t"), "0.5");
        long eventsBefore = eventCount();

        Reply first = api.post("/api/tariffs", ADMIN, ADMIN_PASSWORD, body);
        Reply second = api.post("/api/tariffs", ADMIN, ADMIN_PASSWORD, body);

        assertThat(first.json().get("version").asInt()).isEqualTo(1);
        assertThat(second.json().get("version").asInt()).isEqualTo(2);
        assertThat(second.header(REPLAY)).isEmpty();
        assertThat(eventCount()).isEqualTo(eventsBefore + 2);
    }

    @Test
    void aUserPostedTwiceIsCreatedOnceAndOnlyTheHashOfTheRequestIsKept() {
        String key = TestUsers.uniqueId("key");
        String login = TestUsers.uniqueLogin("idem");
        String password = "Unique-secret-" + TestUsers.uniqueId("pw");

        Reply first = post("/api/users", ADMIN, ADMIN_PASSWORD, user(login, password), key);
        Reply retry = post("/api/users", ADMIN, ADMIN_PASSWORD, user(login, password), key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header(REPLAY)).containsExactly("true");
        assertThat(jdbc.queryForObject("select count(*) from app_user where login = ?", Long.class, login))
                .isEqualTo(1);

        List<String> columns = jdbc.queryForList("""
                select column_name from information_schema.columns
                 where table_schema = current_schema() and table_name = 'idempotent_request'""", String.class);
        assertThat(columns).containsExactlyInAnyOrder("login", "request_key", "request_hash", "claim_id", "state",
                "status", "content_type", "response_body", "created_at");
        Map<String, Object> row = jdbc.queryForMap(
                "select * from idempotent_request where login = ? and request_key = ?", ADMIN, key);
        assertThat((String) row.get("request_hash")).matches("[0-9a-f]{64}");
        assertThat(row.get("state")).isEqualTo("COMPLETED");
        assertThat(row.get("status")).isEqualTo(201);
        assertThat(new String((byte[]) row.get("response_body"), StandardCharsets.UTF_8)).isEqualTo(first.body());
        assertThat(row.values().stream().map(IdempotencyIntegrationTest::text))
                .noneMatch(value -> value.contains(password));
    }

    @Test
    void aKeyLeftInProgressByAnEarlierVersionIsNeverRunAgain() {
        String key = TestUsers.uniqueId("key");
        String body = tariff(TestUsers.uniqueId("t"), "0.5");
        post("/api/tariffs", ADMIN, ADMIN_PASSWORD, body, key);
        jdbc.update("""
                update idempotent_request set state = 'IN_PROGRESS', created_at = created_at - interval '11 minutes'
                 where login = ? and request_key = ?""", ADMIN, key);
        long eventsBefore = eventCount();

        Reply retry = post("/api/tariffs", ADMIN, ADMIN_PASSWORD, body, key);

        assertProblem(retry, 409, "REQUEST_IN_PROGRESS");
        assertThat(eventCount()).isEqualTo(eventsBefore);
    }

    @Test
    void anExpiredKeyRunsAgain() {
        String key = TestUsers.uniqueId("key");
        String body = tariff(TestUsers.uniqueId("t"), "0.5");
        post("/api/tariffs", ADMIN, ADMIN_PASSWORD, body, key);
        jdbc.update("""
                update idempotent_request set created_at = created_at - interval '25 hours'
                 where login = ? and request_key = ?""", ADMIN, key);
        long eventsBefore = eventCount();

        Reply again = post("/api/tariffs", ADMIN, ADMIN_PASSWORD, body, key);

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header(REPLAY)).isEmpty();
        assertThat(again.json().get("version").asInt()).isEqualTo(2);
        assertThat(eventCount()).isEqualTo(eventsBefore + 1);
    }

    @Test
    void concurrentRetriesWaitForTheFirstAndHaveOneEffect() throws Exception {
        String key = TestUsers.uniqueId("key");
        String body = tariff(TestUsers.uniqueId("t"), "0.5");
        long eventsBefore = eventCount();
        List<Reply> replies = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Reply>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> post("/api/tariffs", ADMIN, ADMIN_PASSWORD, body, key));
            }
            for (Future<Reply> reply : pool.invokeAll(calls)) {
                replies.add(reply.get());
            }
        } finally {
            pool.shutdownNow();
        }

        // a retry while the first runs waits for it, then gets its answer
        assertThat(replies).extracting(Reply::status).containsOnly(201);
        assertThat(replies).extracting(Reply::body).containsOnly(replies.get(0).body());
        assertThat(replies).filteredOn(reply -> reply.header(REPLAY).isEmpty()).hasSize(1);
        assertThat(eventCount()).isEqualTo(eventsBefore + 1);
    }

    private Reply post(String path, String login, String password, String body, String key) {
        return api.exchange(HttpMethod.POST, path, login, password, body, Map.of(KEY, key));
    }

    private void assertProblem(Reply reply, int status, String code) {
        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("code").asText()).isEqualTo(code);
        assertThat(reply.json().get("status").asInt()).isEqualTo(status);
    }

    private String createUser(String role) {
        String login = TestUsers.uniqueLogin("idem");
        Reply created = api.post("/api/users", ADMIN, ADMIN_PASSWORD, json("login", login, "name", "Idempotent",
                "password", PASSWORD, "roles", List.of(role), "vendorLimit", "5000.00", "specialLimit", "500.00"));
        assertThat(created.status()).isEqualTo(201);
        return login;
    }

    private static String user(String login) {
        return user(login, PASSWORD);
    }

    private static String user(String login, String password) {
        return json("login", login, "name", "Idempotent", "password", password, "roles", List.of("CASHIER"),
                "vendorLimit", "5000.00", "specialLimit", "500.00");
    }

    private static String tariff(String id, String price) {
        return json("tariffId", id, "name", "Tariff", "pricePerKwh", price, "taxPercent", "0");
    }

    private static String text(Object value) {
        return value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(value);
    }

    private long eventCount() {
        return jdbc.queryForObject("select count(*) from domainevententry", Long.class);
    }
}
