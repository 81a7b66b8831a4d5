package org.juiceledger.standalone.scaleout;

import org.juiceledger.platform.testing.TestUsers;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One side's own executable jar ({@code <side>/target/<side>-<version>-exec.jar}, as a split deployment
 * runs it) in a JVM of its own on a database the test names, so a test can kill it by its PID. The
 * reactor packages both sides before the standalone module's tests run. Output goes to
 * {@code target/scaleout-logs/<name>.log}.
 */
final class SideProcess implements AutoCloseable {

    enum Side {
        COMMAND("command-side", 5), QUERY("query-side", 8);

        private final String module;
        private final int poolSize;

        Side(String module, int poolSize) {
            this.module = module;
            this.poolSize = poolSize;
        }
    }

    private static final Pattern NODE_ID = Pattern.compile("Node id \\(owner of event processor segments\\): (\\S+)");
    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private SideProcess(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the process and returns at once; {@link #awaitReady} waits for it. */
    static SideProcess launch(String name, Side side, String databaseUrl, String... settings) throws IOException {
        int port = freePort();
        Path log = Path.of("target", "scaleout-logs", name + ".log");
        Files.createDirectories(log.getParent());
        Files.deleteIfExists(log);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx320m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-jar", executableJar(side).toString(),
                "--spring.datasource.url=" + databaseUrl, "--spring.datasource.username=postgres",
                "--server.port=" + port, "--server.address=127.0.0.1",
                "--juice.admin.password=" + TestUsers.ADMIN_PASSWORD,
                "--juice.cards.pin-key=" + TestUsers.PIN_KEY, "--juice.sts.vending-key=" + TestUsers.VENDING_KEY,
                "--spring.main.banner-mode=off",
                // 26 connections for the four nodes: the test shares one PostgreSQL server (100 connections).
                "--spring.datasource.hikari.maximum-pool-size=" + side.poolSize));
        command.addAll(List.of(settings));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        System.out.printf("SCALEOUT started %s (%s) as pid %d on port %d (log %s)%n",
                name, side.module, process.pid(), port, log);
        return new SideProcess(name, process, port, log);
    }

    /** The side's executable jar, which must be newer than its compiled classes. */
    static Path executableJar(Side side) {
        Path target = Path.of("..", side.module, "target");
        try (Stream<Path> files = Files.list(target)) {
            Path jar = files.filter(f -> f.getFileName().toString().endsWith("-exec.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No executable jar in " + target.toAbsolutePath()
                            + ": run the tests through the reactor's package phase, e.g. ./mvnw verify"));
            if (Files.getLastModifiedTime(jar).toInstant().isBefore(newestClass(target.resolve("classes")))) {
                throw new IllegalStateException(jar + " is older than its classes: ./mvnw verify packages it again");
            }
            return jar.toAbsolutePath().normalize();
        } catch (IOException e) {
            throw new UncheckedIOException("No executable jar in " + target.toAbsolutePath(), e);
        }
    }

    private static Instant newestClass(Path classes) throws IOException {
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(Files::isRegularFile).map(f -> {
                try {
                    return Files.getLastModifiedTime(f).toInstant();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).max(Instant::compareTo).orElse(Instant.EPOCH);
        }
    }

    void awaitReady(Duration timeout) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited at start-up; see " + log.toAbsolutePath());
            }
            try {
                HttpResponse<String> readiness = http.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
                if (readiness.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " was not ready within " + timeout + "; see " + log.toAbsolutePath());
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    String name() {
        return name;
    }

    /** The node id it claims segments under, from its start-up log line. */
    String nodeId() {
        Matcher matcher = NODE_ID.matcher(logText());
        if (!matcher.find()) {
            throw new IllegalStateException(name + " logged no node id; see " + log.toAbsolutePath());
        }
        return matcher.group(1);
    }

    /** SIGKILL by PID, as an operator's kill -9 or the kernel's OOM killer would. */
    void killHard() throws Exception {
        signal("-9");
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("pid " + pid() + " survived kill -9");
        }
    }

    /** SIGTERM by PID, as an orchestrator stops a container; returns how long it took to exit. */
    Duration terminate(Duration timeout) throws Exception {
        Instant started = Instant.now();
        signal("-TERM");
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException(name + " did not stop within " + timeout + " of SIGTERM");
        }
        return Duration.between(started, Instant.now());
    }

    private void signal(String signal) throws Exception {
        System.out.printf("SCALEOUT kill %s %d (%s)%n", signal, pid(), name);
        Process kill = new ProcessBuilder("kill", signal, Long.toString(pid())).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new IllegalStateException("kill " + signal + " " + pid() + " failed");
        }
    }

    String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    File logFile() {
        return log.toFile();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
