package org.juiceledger.standalone.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sends POSTs with an Idempotency-Key and remembers each key's request and its last answer, so a
 * test can retry every request that got no answer or a 5xx and then count the effects.
 */
final class KeyedRequests {

    static final int NO_ANSWER = -1;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One keyed request and what it got last. */
    record Sent(String key, String path, String body, int status, String code, long transactionNumber,
                boolean replayed, String retryAfter, long millis) {

        boolean acknowledged() {
            return status == 201;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String authorization;
    private volatile int port;
    private final Map<String, Sent> byKey = new ConcurrentHashMap<>();

    KeyedRequests(int port, String login, String password) {
        this.port = port;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    void pointAt(int newPort) {
        this.port = newPort;
    }

    Sent send(String key, String path, String body) {
        long started = System.nanoTime();
        Sent sent;
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(20))
                    .header("Authorization", authorization).header("Content-Type", "application/json")
                    .header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = parse(response.body());
            sent = new Sent(key, path, body, response.statusCode(), json.path("code").asText(null),
                    json.path("transactionNumber").asLong(-1),
                    response.headers().firstValue("Idempotent-Replay").isPresent(),
                    response.headers().firstValue("Retry-After").orElse(null), elapsed(started));
        } catch (IOException | InterruptedException noAnswer) {
            if (noAnswer instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            sent = new Sent(key, path, body, NO_ANSWER, noAnswer.getClass().getSimpleName(), -1, false, null,
                    elapsed(started));
        }
        byKey.put(key, sent);
        return sent;
    }

    /** Sends every request that was not acknowledged again, until each is (bounded). */
    void retryUnacknowledged(int roundsMax, Duration pause) throws InterruptedException {
        for (int round = 0; round < roundsMax && byKey.values().stream().anyMatch(s -> !s.acknowledged()); round++) {
            for (Sent sent : byKey.values()) {
                if (!sent.acknowledged()) {
                    send(sent.key(), sent.path(), sent.body());
                }
            }
            Thread.sleep(pause.toMillis());
        }
    }

    Map<String, Sent> all() {
        return Map.copyOf(byKey);
    }

    private static long elapsed(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException notJson) {
            return JSON.createObjectNode();
        }
    }
}
