package org.juiceledger.kernel;

import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/events.md cannot drift from the code: every event (a record with {@code @Revision}) has its
 * section there, with its revision and every field, and the page names no event that does not exist.
 */
class EventCatalogueTest {

    private static final Path CATALOGUE = Path.of("..", "docs", "events.md");

    @Test
    void everyEventIsDocumentedWithItsRevisionAndFields() throws Exception {
        String catalogue = Files.readString(CATALOGUE);
        List<Class<?>> events = events();
        assertThat(events).hasSizeGreaterThan(15);
        for (Class<?> event : events) {
            String section = section(catalogue, event.getSimpleName());
            assertThat(section).as("docs/events.md has no section for " + event.getSimpleName()).isNotEmpty();
            assertThat(section).contains("Revision " + event.getAnnotation(Revision.class).value() + ".");
            for (RecordComponent field : event.getRecordComponents()) {
                assertThat(section).as(event.getSimpleName() + "." + field.getName()).contains("| `" + field.getName() + "` |");
            }
        }
        List<String> documented = catalogue.lines().filter(line -> line.startsWith("### "))
                .map(line -> line.substring(4).strip()).toList();
        assertThat(documented).containsExactlyInAnyOrderElementsOf(events.stream().map(Class::getSimpleName).toList());
    }

    private static String section(String catalogue, String name) {
        int start = catalogue.indexOf("### " + name + "\n");
        if (start < 0) {
            return "";
        }
        int end = catalogue.indexOf("\n##", start + 4);
        return catalogue.substring(start, end < 0 ? catalogue.length() : end);
    }

    private static List<Class<?>> events() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(EventCatalogueTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolveSibling("classes");
        List<Class<?>> events = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replace(".class", "");
                Class<?> type = Class.forName(name);
                if (type.isRecord() && type.isAnnotationPresent(Revision.class)) {
                    events.add(type);
                }
            }
        }
        return events;
    }
}
