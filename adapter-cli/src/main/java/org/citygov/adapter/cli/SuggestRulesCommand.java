package org.citygov.adapter.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.citygov.adapter.cli.root.CompositionRoot;
import org.citygov.application.input.Syntax;
import org.citygov.application.scenario.ScenarioWriter;
import org.citygov.domain.design.RuleSuggestions;
import org.citygov.domain.evaluation.Governance;
import org.citygov.domain.project.ProjectParts;
import org.citygov.domain.rule.Rule;
import org.citygov.domain.shared.Result;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code citygov suggest-rules FILE}: the scenario again, with DRAFT programme rules added for every unmitigated HIGH
 * or CRITICAL risk a rule can answer and every measure 5.4 (4) requires, so that a committee can edit, approve and
 * re-assess; on standard error, the proposals to change or remove UNSUITABLE flows and what the process must do.
 */
@Command(name = "suggest-rules",
        mixinStandardHelpOptions = true,
        description = {"Draft rules for what the scenario's rules leave unmitigated, written as the scenario with the"
                + " drafts added (status DRAFT: edit them, have them approved, and assess again). A flow judged"
                + " UNSUITABLE gets a proposal to change or remove it instead of a rule.",
                "A summary goes to standard error. Exit status: 0 written, 2 invalid input, 70 internal fault."})
final class SuggestRulesCommand implements Callable<Integer> {

    private final CompositionRoot root;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file; - reads standard input.")
    private Path file;

    @Option(names = {"-o", "--out"}, paramLabel = "OUT",
            description = "Write the scenario with the drafts here (its syntax follows its name) instead of"
                    + " standard output.")
    private Path outFile;

    @Option(names = "--catalog", paramLabel = "CATALOGUE",
            description = "A catalogue edition file, or the name of a bundled edition (jp-2023.02), to analyse the"
                    + " risks with instead of the default bundled one.")
    private Path catalog;

    @picocli.CommandLine.Mixin
    private LanguageOption lang = new LanguageOption();

    @Option(names = "--stdin-syntax", paramLabel = "SYNTAX", defaultValue = "JSON",
            description = "The syntax of standard input when FILE is -: ${COMPLETION-CANDIDATES}.")
    private Syntax stdinSyntax;

    SuggestRulesCommand(CompositionRoot root) {
        this.root = root;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Optional<CompositionRoot.CatalogueChoice.Ready> chosen = ScenarioSource.catalogue(root, catalog, err);
        if (chosen.isEmpty()) {
            return CityGovCli.INVALID_INPUT;
        }
        // the edition's labels name its codes (engagement formats, focal points…) in the notes
        org.citygov.application.report.i18n.DomainTexts texts = AssessCommand.texts(chosen.get(), lang.resolve());
        Optional<ProjectParts> read = ScenarioSource.readOrReport(file, stdinSyntax, err, texts);
        if (read.isEmpty()) {
            return CityGovCli.INVALID_INPUT;
        }
        ProjectParts parts = read.get();
        Result<RuleSuggestions> suggested = chosen.get().designRules().suggest(parts);
        if (!(suggested instanceof Result.Success<RuleSuggestions> success)) {
            Result.Failure<RuleSuggestions> failure = (Result.Failure<RuleSuggestions>) suggested;
            err.println(ScenarioSource.name(file) + ": " + texts.text(failure.message()));
            err.flush();
            return CityGovCli.INVALID_INPUT;
        }
        List<Rule> drafts = success.value().drafts();
        Governance governance = parts.governance();
        List<Rule> rules = new ArrayList<>(governance.rules().versions());
        rules.addAll(drafts);
        ProjectParts withDrafts = parts.withGovernance(governance.withRules(
                new org.citygov.domain.rule.RuleBook(rules)));
        Syntax syntax = outFile == null ? Syntax.JSON : Syntax.of(outFile);
        String text = new ScenarioWriter().write(withDrafts, syntax);
        if (outFile == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            Files.writeString(outFile, text);
        }
        RuleSuggestions suggestions = success.value();
        org.citygov.application.report.i18n.Labels l = org.citygov.application.report.i18n.Labels.of(
                texts.language());
        for (RuleSuggestions.FlowChange change : suggestions.flowChanges()) {
            err.println(l.format("cli.suggest.flowChange", change.flow().toString(),
                    texts.reference(change.guidelineRef()), texts.text(change.proposal())));
            change.cautions().forEach(c -> err.println(l.format("cli.suggest.caution", texts.text(c))));
        }
        suggestions.byTheProcess().forEach(p -> err.println(l.format("cli.suggest.notARule", texts.text(p))));
        err.println(drafts.isEmpty() ? l.get(suggestions.isEmpty() ? "cli.suggest.noneAtAll" : "cli.suggest.none")
                : l.format("cli.suggest.drafts", String.valueOf(drafts.size()), String.join(", ",
                drafts.stream().map(r -> l.format("cli.suggest.draft", r.id().toString(), texts.code(r.kind())))
                        .toList())));
        err.flush();
        return CityGovCli.OK;
    }
}
