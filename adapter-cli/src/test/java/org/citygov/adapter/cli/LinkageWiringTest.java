package org.citygov.adapter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.citygov.adapter.cli.root.CompositionRoot;
import org.citygov.application.input.Parsed;
import org.citygov.application.input.Syntax;
import org.citygov.application.port.in.Authenticate;
import org.citygov.application.port.in.DesignRules;
import org.citygov.application.port.in.ImportScenario;
import org.citygov.application.scenario.PartReader;
import org.citygov.application.scenario.ScenarioLoader;
import org.citygov.application.scenario.ScenarioReading;
import org.citygov.domain.access.Role;
import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.linkage.ConsentRecord;
import org.citygov.domain.linkage.Decision;
import org.citygov.domain.linkage.LinkageRequest;
import org.citygov.domain.linkage.SubjectId;
import org.citygov.domain.access.Role;
import org.citygov.domain.project.Actor;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.rule.Rule;
import org.citygov.domain.rule.RuleId;
import org.citygov.domain.stakeholder.StakeholderId;

/**
 * The composition root's data-linkage wiring: in the embedded database the log, consents and correction requests
 * survive a restart (and the log still verifies); a rule put in force through rule design changes the next decision
 * without anyone compiling.
 */
class LinkageWiringTest {

    private static final ProjectId FRAILTY = ProjectId.of("kashiwanoha-frailty");
    private static final ProjectId CAMERAS = ProjectId.of("kashiwanoha-ai-cameras");
    private static final SubjectId HANAKO = SubjectId.of("resident-0042");
    private static final DataAssetId RESEARCH = DataAssetId.of("research-dataset");

    @TempDir
    Path data;

    private static void register(CompositionRoot root, String example) throws IOException {
        ScenarioReading.Valid valid = assertInstanceOf(ScenarioReading.Valid.class, new ScenarioLoader().read(
                Files.readString(Path.of("..", "examples", example + ".json")), Syntax.JSON));
        root.importScenario().importScenario(new ImportScenario.Command(valid.scenario(), Actor.of("secretariat"),
                Role.ADMIN))
                .orElseThrow();
    }

    /** The decision on a request the operator (ADMIN) asks for. */
    private static Decision decided(CompositionRoot.LinkageApi linkage, LinkageRequest request) {
        return linkage.decide().decide(request, OPERATOR).orElseThrow().decision();
    }

    private static final Authenticate.Caller OPERATOR = new Authenticate.Caller("operator", Role.ADMIN);

    private static LinkageRequest research(SubjectId subject) {
        return LinkageRequest.forSubject(FRAILTY, StakeholderId.of("university"), RESEARCH, PurposeKind.RESEARCH,
                subject, Set.of("age", "frailty-score"));
    }

    private static LinkageRequest plazaImage() {
        return LinkageRequest.forSubject(CAMERAS, StakeholderId.of("developer"), DataAssetId.of("plaza-images"),
                PurposeKind.URBAN_PLANNING, SubjectId.of("visitor-1"), Set.of("image"));
    }

    @Test
    void linkage_whenTheEmbeddedRootIsReopened_shouldKeepConsentsWithdrawalsCorrectionsAndTheLog() throws Exception {
        ConsentRecord consent;
        try (CompositionRoot root = CompositionRoot.embedded(data)) {
            register(root, "kashiwanoha-frailty");
            CompositionRoot.LinkageApi linkage = root.linkage();
            consent = linkage.rights().grantConsent(HANAKO, FRAILTY, RESEARCH, PurposeKind.RESEARCH).orElseThrow();
            assertEquals(Decision.Outcome.PERMIT, decided(linkage, research(HANAKO)).outcome());
            linkage.rights().requestCorrection(HANAKO, FRAILTY, RESEARCH, "my birth year is 1951").orElseThrow();
        }

        try (CompositionRoot root = CompositionRoot.embedded(data)) {
            CompositionRoot.LinkageApi linkage = root.linkage();
            assertEquals(List.of(consent), linkage.rights().consentsOf(HANAKO).orElseThrow());
            assertEquals(Decision.Outcome.PERMIT, decided(linkage, research(HANAKO)).outcome(),
                    "the stored consent and the stored project decide after a restart");
            linkage.rights().withdrawConsent(HANAKO, consent.id()).orElseThrow();
            assertEquals(Decision.Outcome.DENY, decided(linkage, research(HANAKO)).outcome());
            assertEquals(1, linkage.rights().correctionsOf(HANAKO).orElseThrow().size());
        }

        try (CompositionRoot root = CompositionRoot.embedded(data)) {
            CompositionRoot.LinkageApi linkage = root.linkage();
            assertFalse(linkage.rights().consentsOf(HANAKO).orElseThrow().getFirst().active());
            assertEquals(3, linkage.rights().linkagesOf(HANAKO).orElseThrow().size());
            assertTrue(linkage.audit().verify().intact());
        }
        assertTrue(Files.exists(CompositionRoot.linkageKeyFile(data)));
        StringWriter out = new StringWriter();
        assertEquals(0, CityGovCli.run(CompositionRoot.inMemory(), new PrintWriter(out, true),
                new PrintWriter(new StringWriter()), "log", "verify", "--data", data.toString()), out.toString());
        assertTrue(out.toString().contains("intact: 3 entries"), out.toString());
    }

    @Test
    void decide_whenAConsentRuleIsApprovedAndPutInForceThroughRuleDesign_shouldDenyTheNextRequestWithoutACompile()
            throws Exception {
        try (CompositionRoot root = CompositionRoot.inMemory()) {
            register(root, "kashiwanoha-ai-cameras");
            CompositionRoot.LinkageApi linkage = root.linkage();
            Decision before = decided(linkage, plazaImage());
            assertEquals(Decision.Outcome.PERMIT, before.outcome(), before.explanation());

            Rule consentRule = assertInstanceOf(Parsed.Ok.class, new PartReader().rule("""
                    {"id": "plaza-consent", "version": 1, "level": "PROGRAM", "kind": "CONSENT",
                     "text": "Images of visitors are taken only from visitors who opted in at the plaza kiosk.",
                     "appliesTo": ["capture-plaza"], "mitigates": ["SURVEILLANCE"], "status": "DRAFT",
                     "consentScope": ["COLLECTION"]}""", Syntax.JSON)).value() instanceof Rule r ? r : null;
            DesignRules design = root.designRules();
            RuleId id = RuleId.of("plaza-consent");
            for (DesignRules.Change change : List.of(new DesignRules.Change.AddRule(consentRule),
                    new DesignRules.Change.ApproveRule(id, LocalDate.of(2026, 6, 1)),
                    new DesignRules.Change.PutInForce(id))) {
                design.design(new DesignRules.Command(CAMERAS, change, Actor.of("committee"), Role.APPROVER,
                                OptionalLong.empty()))
                        .orElseThrow();
            }

            Decision after = decided(linkage, plazaImage());
            assertEquals(Decision.Outcome.DENY, after.outcome(), after.explanation());
            assertTrue(after.explanation().contains("plaza-consent v1"), after.explanation());
            assertTrue(after.policyGeneration() > before.policyGeneration());
        }
    }
}
