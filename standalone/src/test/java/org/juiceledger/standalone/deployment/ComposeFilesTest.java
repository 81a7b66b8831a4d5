package org.juiceledger.standalone.deployment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What {@code docker compose config} would check, and a few rules of this project, for the compose
 * files: no Docker engine (nor the compose plugin) runs on the build machines. Every service is
 * health-checked and restarted, waits for healthy dependencies, the sides are built from this
 * repository's multi-stage Dockerfiles as a non-root user, images are pinned, every secret comes from
 * {@code .env} (never inline), and every variable used is listed in {@code .env.example}.
 */
class ComposeFilesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z_][A-Z0-9_]*)(:?[?-][^}]*)?}");
    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|_KEY|SECRET).*");
    private static final Map<String, Set<String>> SERVICES = Map.of(
            "docker-compose.yml", Set.of("postgres", "axonserver", "command-side", "query-side"),
            "docker-compose.scaleout.yml", Set.of("postgres", "command-side-1", "command-side-2", "query-side-1", "query-side-2"));

    /**
     * Where the compose plugin is installed, {@code docker compose config} itself must accept the
     * file, with every variable of {@code .env.example} given a value (they are empty there on purpose).
     */
    @ParameterizedTest
    @ValueSource(strings = {"docker-compose.yml", "docker-compose.scaleout.yml"})
    void dockerComposeConfigAcceptsTheFileWhereTheComposePluginIsInstalled(String file) throws Exception {
        assumeTrue(exitCode(List.of("docker", "compose", "version")) == 0,
                "no docker compose plugin on this machine; the other tests check what it would");
        Path env = Files.createTempFile("compose", ".env");
        Files.writeString(env, Files.readString(ROOT.resolve(".env.example")).replaceAll("(?m)^([A-Z_]+)=$",
                "$1=placeholder-0123456789abcdef0123456789abcdef"));
        assertThat(exitCode(List.of("docker", "compose", "--env-file", env.toString(), "-f", file, "config", "-q")))
                .as("docker compose config -q for " + file).isZero();
    }

    private static int exitCode(List<String> command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command).directory(ROOT.toFile()).inheritIO().start();
            return process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (IOException notInstalled) {
            return -1;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"docker-compose.yml", "docker-compose.scaleout.yml"})
    void everyServiceIsHealthCheckedRestartedAndWaitsForHealthyDependencies(String file) throws IOException {
        Map<String, Map<String, Object>> services = services(file);
        assertThat(services.keySet()).isEqualTo(SERVICES.get(file));
        services.forEach((name, service) -> {
            assertThat(service).as(name).containsKeys("image", "restart", "healthcheck");
            assertThat(service.get("image").toString()).as(name + " image tag").matches("[^:]+:[^:]+")
                    .doesNotEndWith(":latest");
            Map<String, Object> health = map(service.get("healthcheck"));
            assertThat(list(health.get("test"))).as(name).isNotEmpty();
            assertThat(health).as(name).containsKeys("interval", "timeout", "retries");
            if (service.containsKey("depends_on")) {
                map(service.get("depends_on")).forEach((dependency, condition) -> {
                    assertThat(services).as(name + " depends on " + dependency).containsKey(dependency);
                    assertThat(map(condition)).as(name + " waits for " + dependency).containsEntry("condition", "service_healthy");
                });
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"docker-compose.yml", "docker-compose.scaleout.yml"})
    void theSidesAreBuiltHereRunInProductionAndTakeEverySecretFromTheEnvFile(String file) throws IOException {
        Set<String> examples = exampleVariables();
        services(file).forEach((name, service) -> {
            Map<String, Object> environment = service.containsKey("environment") ? map(service.get("environment")) : Map.of();
            environment.forEach((variable, value) -> {
                if (SECRET_NAME.matcher(variable).matches()) {
                    assertThat(value.toString()).as(name + " " + variable + " comes from .env, required")
                            .matches("\\$\\{[A-Z_]+:\\?[^}]+}");
                }
            });
            if (name.startsWith("command-side") || name.startsWith("query-side")) {
                assertThat(environment.get("SPRING_PROFILES_ACTIVE").toString()).as(name).contains("prod");
                assertThat(environment).as(name).containsKeys("JUICE_DB_PASSWORD", "JUICE_ADMIN_PASSWORD",
                        "JUICE_PIN_KEY", "JUICE_STS_VENDING_KEY");
                Map<String, Object> build = map(service.get("build"));
                assertThat(build.get("context")).isEqualTo(".");
                String side = name.startsWith("command-side") ? "command-side" : "query-side";
                assertThat(build.get("dockerfile")).isEqualTo(side + "/Dockerfile");
            }
        });
        assertThat(examples).as("every variable the compose file uses is in .env.example").containsAll(variablesUsedIn(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"command-side", "query-side"})
    void eachSideHasAMultiStageDockerfileRunningAsANonRootUser(String side) throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve(side).resolve("Dockerfile"));
        assertThat(lines).filteredOn(line -> line.startsWith("FROM ")).hasSize(2);
        assertThat(lines).anyMatch(line -> line.contains("mvnw") && line.contains("-pl " + side));
        assertThat(lines).anyMatch(line -> line.startsWith("COPY --from=build") && line.contains(side + "-*-exec.jar"));
        String user = lines.stream().filter(line -> line.startsWith("USER ")).reduce((a, b) -> b).orElseThrow();
        assertThat(user).doesNotContain("root").doesNotMatch("USER 0(:.*)?");
    }

    @Test
    void axonServerIsPinnedAndKeepsItsDataAndEventsInVolumes() throws IOException {
        Map<String, Object> axon = services("docker-compose.yml").get("axonserver");
        assertThat(axon.get("image").toString()).matches("axoniq/axonserver:\\d{4}\\.\\d+\\.\\d+.*");
        assertThat(list(axon.get("volumes"))).anyMatch(v -> v.toString().endsWith(":/axonserver/data"))
                .anyMatch(v -> v.toString().endsWith(":/axonserver/events"));
    }

    @Test
    void theEnvFileIsNeverCommittedAndTheExampleHoldsNoSecret() throws IOException {
        assertThat(Files.readAllLines(ROOT.resolve(".gitignore"))).contains(".env");
        assertThat(Files.readAllLines(ROOT.resolve(".dockerignore"))).contains(".env");
        for (String line : Files.readAllLines(ROOT.resolve(".env.example"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                assertThat(line).as("the example leaves every secret empty").matches("[A-Z_]+=");
            }
        }
    }

    private static Set<String> variablesUsedIn(String file) throws IOException {
        Set<String> used = new TreeSet<>();
        Matcher matcher = VARIABLE.matcher(Files.readString(ROOT.resolve(file)));
        while (matcher.find()) {
            used.add(matcher.group(1));
        }
        assertThat(used).isNotEmpty();
        return used;
    }

    private static Set<String> exampleVariables() throws IOException {
        Set<String> names = new TreeSet<>();
        for (String line : Files.readAllLines(ROOT.resolve(".env.example"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                names.add(line.substring(0, line.indexOf('=')));
            }
        }
        return names;
    }

    private static Map<String, Map<String, Object>> services(String file) throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve(file)));
        Map<String, Map<String, Object>> services = new LinkedHashMap<>();
        map(compose.get("services")).forEach((name, service) -> services.put(name, map(service)));
        return services;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static List<?> list(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return (List<?>) value;
    }
}
