package org.citygov.adapter.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Where the store and server options take their value when the command line does not give one: the environment
 * ({@code CITYGOV_} and the option's name in upper snake case: {@code --jdbc-url} is {@code CITYGOV_JDBC_URL}), then a
 * config file ({@code --config FILE} or {@code $CITYGOV_CONFIG}; properties keyed by the option's name, e.g.
 * {@code jdbc-url=jdbc:postgresql://db/citygov}), then the built-in default. The options that may be set so are those
 * of {@link StoreOptions} and of {@code serve}: {@link #SETTABLE}.
 *
 * <p>A bad value from the environment or the file is refused as on the command line (exit 2), naming where it came
 * from ({@code CITYGOV_PORT=abc: not a port number}); a key of the file that names no such option is refused, with
 * the file and line.
 */
final class OptionDefaults implements CommandLine.IDefaultValueProvider {

    /** The environment variable naming the config file when {@code --config} is not given. */
    static final String CONFIG_VARIABLE = "CITYGOV_CONFIG";
    static final String CONFIG_OPTION = "--config";

    /** The options the environment and the config file may set, by name without {@code --}. */
    static final Set<String> SETTABLE = Set.of("data", "jdbc-url", "jdbc-user", "signing-key", "port", "host",
            "cors-origin", "max-body-bytes", "no-migrate", "drain-seconds", "project-cache-size");

    /** Where an option's value came from, highest precedence first. */
    enum Source {
        COMMAND_LINE, ENVIRONMENT, CONFIG_FILE, BUILT_IN
    }

    /** A config file's value and where it was written. */
    private record Entry(String value, Path file, int line) {
        String where() {
            return file + ":" + line;
        }
    }

    /** A config file that cannot be used: its message names the file (and line). */
    static final class ConfigProblem extends Exception {
        ConfigProblem(String message) {
            super(message);
        }
    }

    private final Map<String, String> environment;
    private final Map<String, Entry> config;
    private final Set<String> onCommandLine;
    private final Map<String, Source> supplied = new HashMap<>();

    private OptionDefaults(Map<String, String> environment, Map<String, Entry> config, Set<String> onCommandLine) {
        this.environment = Map.copyOf(environment);
        this.config = Map.copyOf(config);
        this.onCommandLine = Set.copyOf(onCommandLine);
    }

    /**
     * The defaults for one run: {@code environment} as the process's, the config file named by {@code --config} among
     * {@code args} (else by {@value #CONFIG_VARIABLE}) read and checked.
     */
    static OptionDefaults load(Map<String, String> environment, String... args) throws ConfigProblem {
        Optional<String> configFile = Optional.empty();
        Set<String> given = new TreeSet<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                break;
            }
            if (arg.equals(CONFIG_OPTION) && i + 1 < args.length) {
                configFile = Optional.of(args[i + 1]);
            } else if (arg.startsWith(CONFIG_OPTION + "=")) {
                configFile = Optional.of(arg.substring(CONFIG_OPTION.length() + 1));
            }
            if (arg.startsWith("--")) {
                int equals = arg.indexOf('=');
                given.add(equals < 0 ? arg.substring(2) : arg.substring(2, equals));
            }
        }
        if (configFile.isEmpty()) {
            String named = environment.get(CONFIG_VARIABLE);
            if (named != null && !named.isBlank()) {
                configFile = Optional.of(named);
            }
        }
        Map<String, Entry> config = configFile.isPresent() ? read(Path.of(configFile.get()),
                configFile.get().equals(environment.get(CONFIG_VARIABLE)) && !given.contains("config")
                        ? CONFIG_VARIABLE + "=" + configFile.get() : CONFIG_OPTION + " " + configFile.get())
                : Map.of();
        return new OptionDefaults(environment, config, given);
    }

    /** The environment variable of an option: {@code --max-body-bytes} is {@code CITYGOV_MAX_BODY_BYTES}. */
    static String variable(String optionName) {
        return "CITYGOV_" + optionName.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** Reads a properties file line by line (so that a problem names its line): {@code key=value}, # comments. */
    private static Map<String, Entry> read(Path file, String namedBy) throws ConfigProblem {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigProblem(file + ": cannot read the config file (" + namedBy + "): " + e.getMessage());
        }
        Map<String, Entry> entries = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            int number = i + 1;
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int separator = line.indexOf('=');
            if (separator < 0) {
                problems.add(file + ":" + number + ": expected option=value, got \"" + line + "\"");
                continue;
            }
            String key = line.substring(0, separator).strip();
            String value = line.substring(separator + 1).strip();
            if (!SETTABLE.contains(key)) {
                problems.add(file + ":" + number + ": unknown key \"" + key + "\"; the keys are option names: "
                        + String.join(", ", new TreeSet<>(SETTABLE)));
            } else if (entries.containsKey(key)) {
                problems.add(file + ":" + number + ": " + key + " is set twice (first at line "
                        + entries.get(key).line() + ")");
            } else {
                entries.put(key, new Entry(value, file, number));
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigProblem(String.join("\n", problems));
        }
        return entries;
    }

    @Override
    public String defaultValue(ArgSpec argument) {
        if (!(argument instanceof OptionSpec option)) {
            return null;
        }
        String name = option.longestName().replaceFirst("^--", "");
        if (!SETTABLE.contains(name) || onCommandLine.contains(name)) {
            return null;
        }
        String fromEnvironment = environment.get(variable(name));
        if (fromEnvironment != null) {
            check(option, name, fromEnvironment, variable(name) + "=" + fromEnvironment);
            supplied.put(name, Source.ENVIRONMENT);
            return fromEnvironment;
        }
        Entry entry = config.get(name);
        if (entry != null) {
            check(option, name, entry.value(), entry.where() + ": " + name + "=" + entry.value());
            supplied.put(name, Source.CONFIG_FILE);
            return entry.value();
        }
        return null;
    }

    /** Where the value of option {@code name} (without {@code --}) of {@code command} came from. */
    static Source source(CommandSpec command, String name) {
        CommandLine.ParseResult parsed = command.commandLine().getParseResult();
        if (parsed != null && parsed.hasMatchedOption("--" + name)) {
            return Source.COMMAND_LINE;
        }
        if (command.defaultValueProvider() instanceof OptionDefaults defaults) {
            return defaults.supplied.getOrDefault(name, Source.BUILT_IN);
        }
        return Source.BUILT_IN;
    }

    /** How a user names where option {@code name}'s value came from, for messages. */
    static String describe(CommandSpec command, String name) {
        return switch (source(command, name)) {
            case COMMAND_LINE -> "--" + name;
            case ENVIRONMENT -> variable(name);
            case CONFIG_FILE -> name + " in the config file";
            case BUILT_IN -> "--" + name + " (default)";
        };
    }

    /** Refuses a value that the option could not take, as picocli would on the command line, naming its source. */
    private static void check(OptionSpec option, String name, String value, String where) {
        Class<?> type = option.type();
        String problem = null;
        if (value.isBlank()) {
            problem = "empty";
        } else if (name.equals("port")) {
            problem = integer(value).filter(n -> n >= 0 && n <= 65535).isEmpty() ? "not a port number (0 to 65535)"
                    : null;
        } else if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            problem = integer(value).filter(n -> n >= 0).isEmpty() ? "not a whole number of 0 or more" : null;
        } else if (type == boolean.class || type == Boolean.class) {
            problem = value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false") ? null : "not true or false";
        }
        if (problem != null) {
            CommandSpec command = option.command();
            throw new CommandLine.ParameterException(command == null ? null : command.commandLine(),
                    where + ": " + problem);
        }
    }

    private static Optional<Long> integer(String value) {
        try {
            return Optional.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The help footer of a command with settable options: which variables and keys set them, and the precedence. */
    static String footer(Collection<String> names) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(names));
        StringBuilder variables = new StringBuilder();
        for (String name : sorted) {
            variables.append(variables.isEmpty() ? "" : ", ").append(variable(name));
        }
        return "%nDefaults: " + String.join(", ", sorted.stream().map(n -> "--" + n).toList()) + " may also be set"
                + " by the environment (" + variables + ") or by a config file (" + CONFIG_OPTION + " FILE or $"
                + CONFIG_VARIABLE + "; properties keyed by option name, e.g. " + sorted.get(0) + "=...)."
                + " Precedence: command line, then environment, then config file, then the built-in default.";
    }
}
