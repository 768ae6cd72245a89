package org.citygov.adapter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.citygov.adapter.cli.root.CompositionRoot;
import org.citygov.application.input.BadDocuments;
import org.citygov.application.scenario.ScenarioDocument;

/**
 * The bad-document corpus ({@link BadDocuments}) as files, through {@code validate} and {@code import}: every one
 * exits 2 naming the broken field, none 70, and the store stays empty.
 */
class BadInputCliTest {

    private static final CompositionRoot ROOT = CompositionRoot.inMemory();

    @TempDir
    Path dir;

    @Test
    void validateAndImport_whenAnyFieldOfAScenarioIsBroken_shouldExit2NamingItAndNever70() throws IOException {
        String good = Files.readString(Path.of("..", "examples", "kashiwanoha-frailty.json"));
        List<BadDocuments.Mutant> mutants = BadDocuments.of(good, Map.of("project.name",
                "n".repeat(ScenarioDocument.MAX_PROJECT_NAME_LENGTH + 1)));
        Path data = dir.resolve("data");
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < mutants.size(); i++) {
            BadDocuments.Mutant mutant = mutants.get(i);
            Path file = dir.resolve("bad-" + i + ".json");
            Files.writeString(file, mutant.json());
            // import reads a file through the same loader as validate before it opens the store: every fifth file,
            // and each that breaks a limit of the store, is enough to show that it refuses them too
            boolean storeLimit = mutant.how().contains("characters") || mutant.how().contains("e309");
            List<String> commands = i % 5 == 0 || storeLimit ? List.of("validate", "import") : List.of("validate");
            for (String command : commands) {
                StringWriter err = new StringWriter();
                int status = command.equals("validate")
                        ? run(err, command, file.toString())
                        : run(err, command, file.toString(), "--data", data.toString());
                if (status != CityGovCli.INVALID_INPUT || !err.toString().contains(mutant.path() + " (line ")) {
                    wrong.add(command + " " + mutant + ": exit " + status + ", " + err.toString().lines().limit(3)
                            .toList());
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(mutants.size() > 250, "the corpus has " + mutants.size() + " files");
        StringWriter err = new StringWriter();
        assertEquals(CityGovCli.NOT_FOUND, run(err, "export", "--project", "kashiwanoha-frailty", "--data",
                data.toString()), err::toString);
    }

    @Test
    void import_whenTheActorIsLongerThanTheStoreKeeps_shouldExit2() {
        StringWriter err = new StringWriter();

        int status = run(err, "import", Path.of("..", "examples", "kashiwanoha-frailty.json").toString(), "--data",
                dir.resolve("data").toString(), "--actor", "a".repeat(2001));

        assertEquals(CityGovCli.INVALID_INPUT, status, err::toString);
        assertTrue(err.toString().contains("--actor"), err::toString);
    }

    /** Runs the command line; what it prints, on standard output or error, goes to {@code printed}. */
    private static int run(StringWriter printed, String... args) {
        PrintWriter both = new PrintWriter(printed);
        return CityGovCli.run(ROOT, both, both, args);
    }
}
