package org.juiceledger.benchmarks;

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
 * The standalone jar as a JVM of its own ({@code -Xmx512m}) on the database the run made; flight
 * recordings of single phases are started and written with jcmd. Memory is read from {@code /proc}, from outside the JVM.
 */
final class AppProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;
    private final String databaseUrl;

    private AppProcess(Process process, int port, Path log, String databaseUrl) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.databaseUrl = databaseUrl;
    }

    static AppProcess start(Path jar, String databaseUrl, Path outDir, List<String> settings) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = outDir.resolve("app.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
        command.addAll(List.of("-jar", jar.toString(),
                "--spring.datasource.url=" + databaseUrl, "--spring.datasource.username=postgres",
                "--server.port=" + port, "--juice.admin.password=" + BenchmarkMain.ADMIN_PASSWORD,
                "--juice.cards.pin-key=" + "ab".repeat(32), "--juice.sts.vending-key=" + BenchmarkMain.DEMO_VENDING_KEY,
                "--spring.main.banner-mode=off", "--logging.level.root=WARN"));
        command.addAll(settings);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        AppProcess app = new AppProcess(process, port, log, databaseUrl);
        app.awaitHealthy();
        return app;
    }

    /** Starts a flight recording (JFR, profile settings) of one phase; {@link #stopRecording} writes it. */
    void startRecording(String phase) throws Exception {
        jcmd("JFR.start", "name=" + phase, "settings=profile");
    }

    void stopRecording(String phase, Path file) throws Exception {
        jcmd("JFR.stop", "name=" + phase, "filename=" + file);
    }

    private void jcmd(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid())));
        command.addAll(List.of(arguments));
        Process jcmd = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + String.join(" ", arguments) + " failed; see " + log);
        }
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    /** The JDBC URL of the database the application runs on. */
    String databaseUrl() {
        return databaseUrl;
    }

    /** Resident memory now and its peak (VmRSS, VmHWM), in MiB. */
    long[] residentMiB() throws IOException {
        long rss = 0;
        long peak = 0;
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = kib(line) / 1024;
            } else if (line.startsWith("VmHWM:")) {
                peak = kib(line) / 1024;
            }
        }
        return new long[]{rss, peak};
    }

    private static long kib(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }

    private void awaitHealthy() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plusSeconds(180);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app exited at start-up; see " + log.toAbsolutePath());
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/actuator/health")).timeout(Duration.ofSeconds(3)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("The app did not become healthy; see " + log.toAbsolutePath());
    }

    /**
     * SIGTERM, so the flight recording is dumped; then waits for the JVM to end. Interrupted while
     * waiting, it kills the JVM and keeps the interrupt for the caller.
     */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
