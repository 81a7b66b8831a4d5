package org.juiceledger.standalone.fault;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * An Axon Server SE of the test's own, from the jar {@code JUICE_AXON_SERVER_JAR} names (built from
 * its public source; none is shipped here), on free ports with its files in a directory of its own.
 */
final class AxonServerProcess implements AutoCloseable {

    static final String JAR_VARIABLE = "JUICE_AXON_SERVER_JAR";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final int grpcPort;

    private AxonServerProcess(Process process, int grpcPort) {
        this.process = process;
        this.grpcPort = grpcPort;
    }

    static String jar() {
        String jar = System.getenv(JAR_VARIABLE);
        return jar == null || jar.isBlank() || !Files.isRegularFile(Path.of(jar)) ? null : jar;
    }

    static AxonServerProcess start(String jar) throws Exception {
        Path home = Files.createTempDirectory("juice-axonserver");
        Path log = Path.of("target", "fault-logs", "axonserver.log");
        Files.createDirectories(log.getParent());
        int http = StandaloneProcess.freePort();
        int grpc = StandaloneProcess.freePort();
        Process process = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar", jar,
                "--axoniq.axonserver.standalone=true", "--server.port=" + http, "--axoniq.axonserver.port=" + grpc,
                "--axoniq.axonserver.event.storage=" + home.resolve("events"),
                "--axoniq.axonserver.snapshot.storage=" + home.resolve("events"),
                "--axoniq.axonserver.controldb-path=" + home.resolve("data"),
                "--axoniq.axonserver.pid-file-location=" + home, "--axoniq.axonserver.name=juice-test",
                "--axoniq.axonserver.hostname=127.0.0.1"))
                .directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        AxonServerProcess started = new AxonServerProcess(process, grpc);
        started.awaitUp(http, log);
        System.out.printf("FAULT-TEST Axon Server pid %d, gRPC port %d, files in %s%n", process.pid(), grpc, home);
        return started;
    }

    String address() {
        return "127.0.0.1:" + grpcPort;
    }

    private void awaitUp(int http, Path log) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Axon Server exited at start-up; see " + log.toAbsolutePath());
            }
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + http + "/actuator/health")).timeout(Duration.ofSeconds(3))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("Axon Server did not come up within " + START_TIMEOUT + "; see " + log);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
