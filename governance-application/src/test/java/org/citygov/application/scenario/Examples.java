package org.citygov.application.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The scenario files in the repository's {@code examples/} folder, for tests that must hold for every one. */
public final class Examples {

    private Examples() {
    }

    public static Path folder() {
        for (Path candidate = Path.of("").toAbsolutePath(); candidate != null; candidate = candidate.getParent()) {
            Path examples = candidate.resolve("examples");
            if (Files.isDirectory(examples) && Files.exists(candidate.resolve("mvnw"))) {
                return examples;
            }
        }
        throw new IllegalStateException("no examples/ folder above " + Path.of("").toAbsolutePath());
    }

    public static List<Path> all() {
        try (Stream<Path> files = Files.list(folder())) {
            List<Path> found = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
            if (found.size() < 3) {
                throw new IllegalStateException("expected at least three examples, found " + found);
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path named(String name) {
        return folder().resolve(name);
    }
}
