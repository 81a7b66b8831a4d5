package org.juiceledger.standalone.fault;

import org.juiceledger.platform.testing.TestUsers;
import org.juiceledger.standalone.JuiceLedgerApplication;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The standalone application as a process of its own (a JVM with {@code -Xmx512m}, on the test's
 * class path), on a database the test names, so a test can kill it by its PID. Its output goes
 * to {@code target/fault-logs/<name>.log}.
 */
final class StandaloneProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(150);
    private final Process process;
    private final int port;
    private final Path log;

    private StandaloneProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static StandaloneProcess start(String name, String databaseUrl, int port, String... settings) throws Exception {
        Path log = Path.of("target", "fault-logs", name + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), JuiceLedgerApplication.class.getName(),
                "--spring.datasource.url=" + databaseUrl, "--spring.datasource.username=postgres",
                "--server.port=" + port, "--juice.admin.password=" + TestUsers.ADMIN_PASSWORD,
                "--juice.cards.pin-key=" + TestUsers.PIN_KEY, "--juice.sts.vending-key=" + TestUsers.VENDING_KEY,
                "--spring.main.banner-mode=off"));
        command.addAll(List.of(settings));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        StandaloneProcess started = new StandaloneProcess(process, port, log);
        started.awaitHealthy();
        System.out.printf("FAULT-TEST started %s as pid %d on port %d (log %s)%n", name, process.pid(), port, log);
        return started;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    /** SIGKILL by PID, as an operator's kill -9 or the kernel's OOM killer would. */
    void killHard() throws Exception {
        System.out.printf("FAULT-TEST kill -9 %d%n", pid());
        Process kill = new ProcessBuilder("kill", "-9", Long.toString(pid()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -9 " + pid() + " failed");
        }
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            throw new IllegalStateException("pid " + pid() + " survived kill -9");
        }
        System.out.printf("FAULT-TEST pid %d is gone (exit %d)%n", pid(), process.exitValue());
    }

    private void awaitHealthy() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app exited at start-up; see " + log.toAbsolutePath());
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                        .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("The app did not become healthy within " + START_TIMEOUT + "; see " + log);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    /** What the app logged of each failure it answered 500 (the first lines of each), to tell why. */
    String unexpectedFailures() throws IOException {
        List<String> lines = Files.readAllLines(log);
        StringBuilder found = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("Unexpected failure")) {
                lines.subList(i, Math.min(lines.size(), i + 30)).forEach(l -> found.append(l).append('\n'));
            }
        }
        return found.isEmpty() ? "none logged" : found.toString();
    }

    File logFile() {
        return log.toFile();
    }
}
