package org.juiceledger.standalone.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.juiceledger.platform.testing.JuiceApi;
import org.juiceledger.platform.testing.JuiceApi.Reply;
import org.juiceledger.platform.testing.TestUsers;
import org.springframework.http.HttpMethod;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juiceledger.platform.testing.JuiceApi.json;
import static org.juiceledger.platform.testing.TestUsers.ADMIN;
import static org.juiceledger.platform.testing.TestUsers.ADMIN_PASSWORD;
import static org.juiceledger.platform.testing.TestUsers.PASSWORD;

/** Users with the audit roles, tariffs to have events, and short ways to read the history. */
final class AuditDesk {

    final JuiceApi api;

    AuditDesk(int port) {
        this.api = new JuiceApi(port);
    }

    /** A new user with these roles; returns the login (password {@link TestUsers#PASSWORD}). */
    String user(String... roles) {
        String login = TestUsers.uniqueLogin("aud");
        Reply created = api.post("/api/users", ADMIN, ADMIN_PASSWORD, json("login", login, "name", "Auditor",
                "password", PASSWORD, "roles", List.of(roles), "vendorLimit", "5000.00", "specialLimit", "500.00"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return login;
    }

    /** Publishes {@code versions} versions of a new tariff under one correlation id; returns its id. */
    String tariffWithVersions(int versions, String correlationId) {
        String id = TestUsers.uniqueId("audit");
        for (int version = 1; version <= versions; version++) {
            Reply reply = api.exchange(HttpMethod.POST, "/api/tariffs", ADMIN, ADMIN_PASSWORD,
                    json("tariffId", id, "name", "Audited " + version, "pricePerKwh", "1.2" + version,
                            "taxPercent", "0"), Map.of("X-Correlation-Id", correlationId));
            assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        }
        return id;
    }

    Reply get(String login, String path) {
        return api.get(path, login, PASSWORD);
    }

    Reply getNdjson(String login, String path) {
        return api.exchange(HttpMethod.GET, path, login, PASSWORD, null, Map.of("Accept", "application/x-ndjson"));
    }

    /** The events of one aggregate as an auditor reads them. */
    List<JsonNode> history(String auditor, String aggregateId) {
        Reply reply = get(auditor, "/api/audit/events?aggregateId=" + aggregateId);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<JsonNode> events = new ArrayList<>();
        reply.json().get("events").forEach(events::add);
        return events;
    }
}
