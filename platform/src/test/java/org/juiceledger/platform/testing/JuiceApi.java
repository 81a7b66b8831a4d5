package org.juiceledger.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A REST client for the tests: it sends JSON as a caller would (raw text, so tests can send broken
 * bodies too) and returns status, headers and the parsed body.
 */
public final class JuiceApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final RestClient client;

    public JuiceApi(int port) {
        this.client = RestClient.builder().baseUrl("http://localhost:" + port)
                .build();
    }

    public Reply get(String path, String login, String password) {
        return exchange(HttpMethod.GET, path, login, password, null, Map.of());
    }

    public Reply post(String path, String login, String password, String body) {
        return exchange(HttpMethod.POST, path, login, password, body, Map.of());
    }

    public Reply exchange(HttpMethod method, String path, String login, String password, String body,
                          Map<String, String> headers) {
        RestClient.RequestBodySpec request = client.method(method).uri(path)
                .headers(h -> {
                    if (login != null) {
                        h.setBasicAuth(login, password);
                    }
                    headers.forEach(h::set);
                    if (body != null) {
                        h.setContentType(MediaType.APPLICATION_JSON);
                    }
                });
        if (body != null) {
            request.body(body);
        }
        return request.exchange((req, response) -> new Reply(response.getStatusCode().value(),
                response.getHeaders(), new String(response.getBody().readAllBytes())));
    }

    /** Builds a JSON body from alternating names and values. */
    public static String json(Object... namesAndValues) {
        LinkedHashMap<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    public record Reply(int status, HttpHeaders headers, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (Exception e) {
                throw new AssertionError("Not JSON (status " + status + "): " + body, e);
            }
        }

        public String contentType() {
            return headers.getContentType() == null ? "" : headers.getContentType().toString();
        }

        public List<String> header(String name) {
            return headers.getOrEmpty(name);
        }
    }
}
