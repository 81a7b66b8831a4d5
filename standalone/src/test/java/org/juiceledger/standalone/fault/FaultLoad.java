package org.juiceledger.standalone.fault;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;

/** Clients that keep sending keyed requests until told to stop, and the counts a fault test checks afterwards. */
final class FaultLoad implements AutoCloseable {

    private final ExecutorService clients;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final List<Future<?>> running = new ArrayList<>();

    FaultLoad(int clientCount) {
        this.clients = Executors.newFixedThreadPool(clientCount);
    }

    /** Starts a client that sends request {@code i = 0, 1, ...} until stopped or {@code requestsMax}. */
    void client(KeyedRequests requests, String keyPrefix, String path, IntFunction<String> body, int requestsMax) {
        running.add(clients.submit(() -> {
            for (int i = 0; i < requestsMax && !stop.get(); i++) {
                requests.send(keyPrefix + "-" + i, path, body.apply(i));
            }
        }));
    }

    void stopAndWait(Duration timeout) throws Exception {
        stop.set(true);
        Instant deadline = Instant.now().plus(timeout);
        for (Future<?> client : running) {
            client.get(Math.max(1, Duration.between(Instant.now(), deadline).toMillis()), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void close() {
        stop.set(true);
        clients.shutdownNow();
    }

    /** Transaction numbers of the account's transactions of this type, as the event store holds them. */
    static List<Long> transactionNumbers(String databaseUrl, String account, String type) throws Exception {
        try (Connection connection = DriverManager.getConnection(databaseUrl, "postgres", "");
             PreparedStatement query = connection.prepareStatement("""
                     select (convert_from(payload, 'UTF8')::jsonb ->> 'transactionNumber')::bigint
                       from domainevententry
                      where aggregateidentifier = ? and payloadtype like '%.TransactionRecorded'
                        and convert_from(payload, 'UTF8')::jsonb ->> 'type' = ?""")) {
            query.setString(1, account);
            query.setString(2, type);
            List<Long> numbers = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    numbers.add(rows.getLong(1));
                }
            }
            return numbers;
        }
    }

    static String freshDatabase(String serverUrl, String name) throws Exception {
        try (Connection connection = DriverManager.getConnection(serverUrl + "postgres", "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return serverUrl + name;
    }

    static Set<Long> distinct(List<Long> numbers) {
        return new HashSet<>(numbers);
    }
}
