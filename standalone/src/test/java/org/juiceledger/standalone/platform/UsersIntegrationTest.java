package org.juiceledger.standalone.platform;

import org.juiceledger.platform.testing.JuiceApi;
import org.juiceledger.platform.testing.JuiceApi.Reply;
import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.juiceledger.platform.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juiceledger.platform.testing.JuiceApi.json;
import static org.juiceledger.platform.testing.TestUsers.ADMIN;
import static org.juiceledger.platform.testing.TestUsers.ADMIN_PASSWORD;
import static org.juiceledger.platform.testing.TestUsers.PASSWORD;

@PostgresIntegrationTest
class UsersIntegrationTest {

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
    void adminCreatesAUserWhoCanSignInAndWhosePasswordIsOnlyHashed() {
        String login = TestUsers.uniqueLogin("sup");

        Reply created = create(login, PASSWORD, "SUPERVISOR");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("vendorLimit").asText()).isEqualTo("5000.00");
        assertThat(created.body()).doesNotContain(PASSWORD).doesNotContain("password");
        String hash = jdbc.queryForObject("select password_hash from app_user where login = ?", String.class, login);
        assertThat(hash).startsWith("$2").doesNotContain(PASSWORD);
        assertThat(api.get("/api/tariffs", login, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void usersCreatedWithOneLoginAtOnceGiveOneUserAndTheOthersAConflict() throws Exception {
        String login = TestUsers.uniqueLogin("twin");
        int requests = 6;
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Reply>> replies = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            String name = "Twin " + i;
            replies.add(pool.submit(() -> {
                go.await(10, TimeUnit.SECONDS);
                return api.post("/api/users", ADMIN, ADMIN_PASSWORD, json("login", login, "name", name,
                        "password", PASSWORD, "roles", List.of("CASHIER")));
            }));
        }
        go.countDown();
        List<Reply> answers = new ArrayList<>();
        for (Future<Reply> reply : replies) {
            answers.add(reply.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        List<Reply> created = answers.stream().filter(r -> r.status() == 201).toList();
        assertThat(created).as(answers.toString()).hasSize(1);
        assertThat(answers).filteredOn(r -> r.status() != 201)
                .allMatch(r -> r.status() == 409 && r.json().get("code").asText().equals("USER_ALREADY_EXISTS"));
        assertThat(jdbc.queryForObject("select name from app_user where login = ?", String.class, login))
                .as("the first user is not overwritten").isEqualTo(created.get(0).json().get("name").asText());
    }

    @Test
    void onlyAdminsCreateUsers() {
        String supervisor = TestUsers.uniqueLogin("sup");
        create(supervisor, PASSWORD, "SUPERVISOR");

        Reply reply = api.post("/api/users", supervisor, PASSWORD, json("login", TestUsers.uniqueLogin("x"),
                "name", "X", "password", PASSWORD, "roles", List.of("ADMIN")));

        assertThat(reply.status()).isEqualTo(403);
    }

    @Test
    void weakPasswordAndDuplicateLoginAreRefused() {
        String login = TestUsers.uniqueLogin("cas");

        assertThat(create(login, "short", "CASHIER").json().get("code").asText()).isEqualTo("WEAK_PASSWORD");
        assertThat(create(login, PASSWORD, "CASHIER").status()).isEqualTo(201);
        Reply duplicate = create(login, PASSWORD, "CASHIER");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("code").asText()).isEqualTo("USER_ALREADY_EXISTS");
    }

    @Test
    void unknownRoleIsBadRequest() {
        Reply reply = api.post("/api/users", ADMIN, ADMIN_PASSWORD, json("login", TestUsers.uniqueLogin("r"),
                "name", "R", "password", PASSWORD, "roles", List.of("EMPEROR")));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("code").asText()).isEqualTo("MALFORMED_REQUEST");
    }

    private Reply create(String login, String password, String role) {
        return api.post("/api/users", ADMIN, ADMIN_PASSWORD, json("login", login, "name", "Someone",
                "password", password, "roles", List.of(role), "vendorLimit", "5000.00", "specialLimit", "500.00"));
    }
}
