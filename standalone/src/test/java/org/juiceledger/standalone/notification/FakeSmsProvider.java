package org.juiceledger.standalone.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An HTTP SMS provider on this machine for the tests (the JDK's HttpServer on 127.0.0.1, a free
 * port): it keeps every request it gets and answers 200, or the statuses a test scripted for a
 * recipient, in order.
 */
final class FakeSmsProvider {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Integer>> scripts = new ConcurrentHashMap<>();

    private FakeSmsProvider(HttpServer server) {
        this.server = server;
    }

    static FakeSmsProvider start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            FakeSmsProvider provider = new FakeSmsProvider(server);
            server.createContext("/sms/send", provider::handle);
            server.start();
            return provider;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/sms/send";
    }

    /** The next answers to messages for {@code to}; 200 after they are used up. */
    void answer(String to, Integer... statuses) {
        scripts.put(to, new ArrayDeque<>(List.of(statuses)));
    }

    List<Received> to(String recipient) {
        return received.stream().filter(r -> recipient.equals(r.to())).toList();
    }

    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            JsonNode json = JSON.readTree(body);
            String to = json.path("to").asText(null);
            Deque<Integer> script = to == null ? null : scripts.get(to);
            Integer scripted = script == null ? null : script.poll();
            int status = scripted == null ? 200 : scripted;
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"), json, to, status));
            byte[] answer = (status == 200 ? "{\"messageId\":\"m-" + received.size() + "\"}" : "{\"error\":\"busy\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
        } catch (IOException | RuntimeException e) {
            // the JDK server would just drop the connection: say why in the test output
            System.err.println("FakeSmsProvider failed: " + e);
            throw e;
        }
    }

    /** One request as the provider saw it, and what it answered. */
    record Received(String method, String authorization, String contentType, JsonNode body, String to, int status) {
    }
}
