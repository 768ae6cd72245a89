package org.citygov.adapter.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code citygov completion}: prints the shell completion script of every command and option (picocli's generator). */
@Command(name = "completion",
        mixinStandardHelpOptions = true,
        description = {"Print a completion script for bash and zsh: the commands, their options and enumerated values.",
                "bash: source <(citygov completion)   zsh: autoload -U +X bashcompinit && bashcompinit;"
                        + " source <(citygov completion)",
                "Exit 0."})
final class CompletionCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(AutoComplete.bash(spec.root().name(), spec.root().commandLine()));
        out.flush();
        return CityGovCli.OK;
    }
}
