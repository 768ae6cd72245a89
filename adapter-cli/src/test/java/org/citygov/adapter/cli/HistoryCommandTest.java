package org.citygov.adapter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.citygov.adapter.cli.root.CompositionRoot;
import org.citygov.application.port.in.DesignRules;
import org.citygov.domain.data.DataFlowId;
import org.citygov.domain.access.Role;
import org.citygov.domain.project.Actor;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.rule.RuleId;
import org.citygov.domain.rule.RuleTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit trail read back through {@code citygov history}: changes, and one rule's versions (issue 5). */
class HistoryCommandTest {

    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final ProjectId CAMERAS = ProjectId.of("kashiwanoha-ai-cameras");
    private static final RuleId NOTICE = RuleId.of("camera-notice");

    @TempDir
    Path data;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CityGovCli.run(CompositionRoot.inMemory(), new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void history_whenRuleRevisedAndApproved_shouldShowEveryChangeAndTheRulesVersions() throws IOException {
        assertEquals(CityGovCli.OK, run("import", EXAMPLES.resolve("kashiwanoha-ai-cameras.json").toString(),
                "--data", data.toString(), "--actor", "secretariat"), err::toString);
        try (CompositionRoot root = CompositionRoot.embedded(data)) {
            Actor committee = Actor.of("expert committee");
            DesignRules rules = root.designRules();
            rules.design(new DesignRules.Command(CAMERAS, new DesignRules.Change.ReviseRule(NOTICE,
                    "Posters, website, briefings and a letter to every household.",
                    new RuleTerms.Notice(Set.of(org.citygov.domain.data.NoticeChannel.POSTER,
                            org.citygov.domain.data.NoticeChannel.WEBSITE,
                            org.citygov.domain.data.NoticeChannel.BRIEFING,
                            org.citygov.domain.data.NoticeChannel.INDIVIDUAL)),
                    Set.of(DataFlowId.of("capture-plaza")), Set.of("SURVEILLANCE")), committee, Role.APPROVER))
                    .orElseThrow();
            rules.design(new DesignRules.Command(CAMERAS, new DesignRules.Change.ApproveRule(NOTICE,
                    LocalDate.of(2026, 5, 1)), committee, Role.APPROVER)).orElseThrow();
        }
        out.getBuffer().setLength(0);

        int all = run("history", "--project", CAMERAS.value(), "--data", data.toString(), "--format", "json");

        assertEquals(CityGovCli.OK, all, err::toString);
        JsonNode entries = new ObjectMapper().readTree(out.toString());
        assertEquals(3, entries.size(), entries::toString);
        assertEquals("secretariat", entries.get(0).path("actor").asText());
        assertTrue(entries.get(0).path("summary").asText().contains("imported"), entries::toString);
        assertEquals("expert committee", entries.get(2).path("actor").asText());

        out.getBuffer().setLength(0);
        int life = run("history", "--project", CAMERAS.value(), "--data", data.toString(), "--rule",
                NOTICE.value(), "--format", "json");

        assertEquals(CityGovCli.OK, life, err::toString);
        JsonNode versions = new ObjectMapper().readTree(out.toString());
        assertEquals(3, versions.size(), versions::toString);
        assertEquals("1/IN_FORCE", versions.get(0).path("ruleVersion").asText() + "/"
                + versions.get(0).path("status").asText());
        assertEquals("2/DRAFT", versions.get(1).path("ruleVersion").asText() + "/"
                + versions.get(1).path("status").asText());
        assertEquals("2/APPROVED", versions.get(2).path("ruleVersion").asText() + "/"
                + versions.get(2).path("status").asText());
    }

    @Test
    void history_whenProjectUnknownOrRangeReversed_shouldSayWhyWithItsExitStatus() {
        assertEquals(CityGovCli.NOT_FOUND, run("history", "--project", "nowhere", "--data", data.toString()));
        assertTrue(err.toString().contains("nowhere"), err::toString);
        run("import", EXAMPLES.resolve("kashiwanoha-ai-cameras.json").toString(), "--data", data.toString());

        int reversed = run("history", "--project", CAMERAS.value(), "--data", data.toString(),
                "--from", "2026-05-01T00:00:00Z", "--to", "2026-04-01T00:00:00Z");

        assertEquals(CityGovCli.INVALID_INPUT, reversed);
    }
}
