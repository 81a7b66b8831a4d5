package org.juiceledger.standalone.scaleout;

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

/** HTTP to one node at 127.0.0.1, signed in; every call bounded by a timeout. */
final class NodeClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** A response; {@code status} -1 when none came. */
    record Answer(int status, String body, String staleHeader, boolean replayed) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON (status " + status + "): " + body, e);
            }
        }

        String code() {
            return status < 0 || body.isBlank() ? "" : json().path("code").asText("");
        }
    }

    private final int port;

    NodeClient(int port) {
        this.port = port;
    }

    Answer post(String login, String password, String path, String body) {
        return send(login, password, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A POST with an Idempotency-Key: safe to send again to any command node. */
    Answer postKeyed(String login, String password, String path, String body, String key) {
        return send(login, password, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Answer get(String login, String password, String path) {
        return send(login, password, HttpRequest.newBuilder(uri(path)).GET());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static Answer send(String login, String password, HttpRequest.Builder request) {
        String basic = Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(),
                    response.headers().firstValue("X-Projection-Stale").orElse(null),
                    response.headers().firstValue("Idempotent-Replay").isPresent());
        } catch (IOException e) {
            return new Answer(-1, e.toString(), null, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, e.toString(), null, false);
        }
    }
}
