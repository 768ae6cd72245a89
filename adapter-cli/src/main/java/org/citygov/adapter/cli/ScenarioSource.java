package org.citygov.adapter.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

import org.citygov.application.input.DocumentReader;
import org.citygov.application.input.Problem;
import org.citygov.application.input.Syntax;
import org.citygov.application.scenario.ScenarioLoader;
import org.citygov.application.scenario.ScenarioReading;

/** Where a command reads its scenario: a file, or standard input when the file is {@code -}. */
final class ScenarioSource {

    private ScenarioSource() {
    }

    static ScenarioReading read(ScenarioLoader loader, Path file, Syntax stdinSyntax, InputStream stdin) {
        if (!file.toString().equals("-")) {
            return loader.read(file);
        }
        try {
            byte[] bytes = stdin.readNBytes(DocumentReader.MAX_BYTES + 1);
            if (bytes.length > DocumentReader.MAX_BYTES) {
                return new ScenarioReading.Invalid(List.of(new Problem("", OptionalInt.empty(),
                        "standard input is larger than " + DocumentReader.MAX_BYTES / (1024 * 1024) + " MiB")));
            }
            return loader.read(new String(bytes, StandardCharsets.UTF_8), stdinSyntax);
        } catch (IOException e) {
            return new ScenarioReading.Invalid(List.of(new Problem("", OptionalInt.empty(),
                    "cannot read standard input: " + e.getMessage())));
        }
    }

    static String name(Path file) {
        return file.toString().equals("-") ? "standard input" : file.toString();
    }
}
