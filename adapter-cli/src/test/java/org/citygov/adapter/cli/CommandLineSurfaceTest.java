package org.citygov.adapter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.citygov.adapter.cli.root.CompositionRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import picocli.CommandLine;

/** What every command offers: help that exits 0, and the completion script. */
class CommandLineSurfaceTest {

    private StringWriter out;
    private StringWriter err;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return CityGovCli.run(CompositionRoot.inMemory(), Map.of(), new PrintWriter(out, true),
                new PrintWriter(err, true), args);
    }

    /** Every command and subcommand, as the words that name it, from the tree run builds. */
    static Stream<String> everyCommand() throws OptionDefaults.ConfigProblem {
        List<String> paths = new ArrayList<>();
        collect(CityGovCli.commandLine(CompositionRoot.inMemory(), OptionDefaults.load(Map.of())), "", paths);
        return paths.stream();
    }

    private static void collect(CommandLine command, String prefix, List<String> paths) {
        command.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help") && sub.getCommandName().equals(name)) {
                String path = (prefix + " " + name).strip();
                paths.add(path);
                collect(sub, path, paths);
            }
        });
    }

    @ParameterizedTest
    @MethodSource("everyCommand")
    void help_onEveryCommand_shouldExitZeroAndShowItsUsage(String command) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add("--help");

        int status = run(args.toArray(String[]::new));

        assertEquals(CityGovCli.OK, status, () -> command + ": " + err);
        assertTrue(out.toString().contains("Usage: citygov " + command), () -> out.toString());
    }

    @Test
    void everyCommand_shouldIncludeTheParentsAndTheirChildren() throws OptionDefaults.ConfigProblem {
        List<String> commands = everyCommand().toList();

        assertTrue(commands.containsAll(List.of("log", "log verify", "log rotate-key", "db", "db migrate", "token",
                "token create", "platform", "incidents", "completion", "serve")), commands::toString);
    }

    @Test
    void completion_shouldPrintABashScriptNamingTheCommands() {
        int status = run("completion");

        assertEquals(CityGovCli.OK, status, () -> err.toString());
        String script = out.toString();
        assertTrue(script.contains("complete -F"), () -> script.substring(0, Math.min(500, script.length())));
        for (String word : List.of("assess", "serve", "sweep", "verify", "--jdbc-url", "--format")) {
            assertTrue(script.contains(word), word);
        }
        assertFalse(script.isBlank());
    }
}
