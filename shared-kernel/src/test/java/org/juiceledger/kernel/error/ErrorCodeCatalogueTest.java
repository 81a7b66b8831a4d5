package org.juiceledger.kernel.error;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/api.md's table of codes cannot drift from {@link ErrorCode}: every code stands in the row of
 * its status, and every code is thrown somewhere in the code base (no dead codes).
 */
class ErrorCodeCatalogueTest {

    private static final Path ROOT = Path.of("..");
    private static final Map<ErrorKind, Integer> STATUS = Map.of(ErrorKind.INVALID, 400, ErrorKind.NOT_FOUND, 404,
            ErrorKind.CONFLICT, 409, ErrorKind.REFUSED, 422, ErrorKind.GONE, 410, ErrorKind.TOO_MANY_ATTEMPTS, 429,
            ErrorKind.UNAVAILABLE, 503);

    @Test
    void everyCodeIsListedUnderItsStatusInApiMd() throws IOException {
        String page = Files.readString(ROOT.resolve("docs/api.md"));
        int table = page.indexOf("| status | code(s) |");
        assertThat(table).as("docs/api.md has the table of codes").isPositive();
        Map<Integer, String> rows = page.substring(table, page.indexOf("\n\n", table)).lines()
                .filter(line -> line.matches("\\| [0-9]{3} \\| .*"))
                .collect(Collectors.toMap(line -> Integer.parseInt(line.substring(2, 5)), line -> line, (a, b) -> a + b));
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(rows.getOrDefault(STATUS.get(code.kind()), ""))
                    .as("docs/api.md lists " + code + " under " + STATUS.get(code.kind())).contains("`" + code + "`");
        }
        Matcher listed = Pattern.compile("`([A-Z_]+)`").matcher(String.join("\n", rows.values()));
        while (listed.find()) {
            String name = listed.group(1);
            boolean httpOnly = Stream.of("UNAUTHENTICATED", "FORBIDDEN", "METHOD_NOT_ALLOWED", "NOT_ACCEPTABLE",
                    "UNSUPPORTED_MEDIA_TYPE", "PAYLOAD_TOO_LARGE", "INTERNAL_ERROR").anyMatch(name::equals);
            assertThat(httpOnly || Stream.of(ErrorCode.values()).anyMatch(c -> c.name().equals(name)))
                    .as("docs/api.md lists " + name + ", which is no ErrorCode").isTrue();
        }
    }

    @Test
    void everyCodeIsThrownSomewhere() throws IOException {
        StringBuilder sources = new StringBuilder();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/main/")
                    && !f.endsWith("ErrorCode.java")).toList()) {
                sources.append(Files.readString(file));
            }
        }
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(Pattern.compile("ErrorCode\\." + code + "\\b|\\bcase [A-Z_, ]*\\b" + code + "\\b")
                    .matcher(sources).find()).as(code + " is used").isTrue();
        }
    }
}
