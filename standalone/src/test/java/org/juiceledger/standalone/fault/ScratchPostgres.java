package org.juiceledger.standalone.fault;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL cluster of the test's own ({@code pg_createcluster} on a free port, trust auth), so
 * a test can stop and start the database under load without touching the shared server. Needs
 * Debian's postgresql-common and root (as CI runs).
 */
final class ScratchPostgres implements AutoCloseable {

    private final String version;
    private final String name;
    private final int port;

    private ScratchPostgres(String version, String name, int port) {
        this.version = version;
        this.name = name;
        this.port = port;
    }

    static boolean available() {
        return new File("/usr/bin/pg_createcluster").canExecute() && "root".equals(System.getProperty("user.name"));
    }

    static ScratchPostgres create() throws Exception {
        String version;
        try (var versions = Files.list(Path.of("/etc/postgresql"))) {
            version = versions.map(p -> p.getFileName().toString()).sorted().reduce((a, b) -> b).orElseThrow();
        }
        int port = StandaloneProcess.freePort();
        ScratchPostgres cluster = new ScratchPostgres(version, "juicefault" + ProcessHandle.current().pid(), port);
        cluster.run("pg_createcluster", version, cluster.name, "-p", Integer.toString(port), "--", "--auth=trust");
        cluster.start();
        cluster.run("psql", "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", "postgres", "-d", "postgres",
                "-q", "-c", "CREATE DATABASE juice");
        return cluster;
    }

    String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/juice";
    }

    void stop() throws Exception {
        System.out.printf("FAULT-TEST stopping PostgreSQL cluster %s/%s on port %d%n", version, name, port);
        run("pg_ctlcluster", version, name, "stop", "-m", "fast");
    }

    void start() throws Exception {
        System.out.printf("FAULT-TEST starting PostgreSQL cluster %s/%s on port %d%n", version, name, port);
        run("pg_ctlcluster", "--skip-systemctl-redirect", version, name, "start");
    }

    private void run(String... command) throws IOException, InterruptedException {
        // never inheritIO: the test JVM's own output is failsafe's channel to Maven
        Path log = Path.of("target", "fault-logs", "postgres-" + name + ".log");
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed; see " + log.toAbsolutePath());
        }
    }

    /** Drops the cluster; interrupted, it says so and keeps the interrupt for the caller. */
    @Override
    public void close() throws IOException {
        try {
            run("pg_dropcluster", "--stop", version, name);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while dropping the PostgreSQL cluster " + name, e);
        }
    }
}
