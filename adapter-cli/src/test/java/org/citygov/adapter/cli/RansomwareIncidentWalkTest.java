package org.citygov.adapter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.citygov.adapter.cli.root.CompositionRoot;
import org.citygov.application.platform.PlatformLoader;
import org.citygov.application.platform.PlatformReading;
import org.citygov.application.port.in.DesignRules;
import org.citygov.application.port.in.HandleIncidents;
import org.citygov.application.port.in.ImportScenario;
import org.citygov.application.port.in.MoveCycle;
import org.citygov.application.scenario.ScenarioLoader;
import org.citygov.application.scenario.ScenarioReading;
import org.citygov.domain.access.Role;
import org.citygov.domain.platform.DataMarket;
import org.citygov.domain.platform.Finding;
import org.citygov.domain.platform.FindingCode;
import org.citygov.domain.platform.IncidentId;
import org.citygov.domain.platform.IncidentReview;
import org.citygov.domain.platform.MarketRules;
import org.citygov.domain.platform.PlatformAssessment;
import org.citygov.domain.project.Actor;
import org.citygov.domain.project.CycleTransition;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.GovernanceStep;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.rule.Rule;
import org.citygov.domain.rule.RuleId;
import org.citygov.domain.rule.RuleLevel;
import org.citygov.domain.rule.RuleTerms;
import org.citygov.domain.shared.Result;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, "done when": a ransomware incident at a storage platform walked from detection to review through the
 * application services, the governance project its data came from stored in the in-memory store —
 * deadlines computed, the late PPC preliminary report and the missing final one reported, the critical services
 * named, and the project sent back to risk analysis naming the incident (examples/platform/ransomware-storage-platform.yaml).
 */
class RansomwareIncidentWalkTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "platform", "ransomware-storage-platform.yaml");
    private static final Actor SECRETARIAT = Actor.of("promotion organization secretariat");
    private static final Actor SOC = Actor.of("platform security operation center");
    private static final ProjectId FRAILTY = ProjectId.of("kashiwanoha-frailty");
    private static final IncidentId RANSOMWARE = IncidentId.of("ransomware-2026-06");

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-04-01T00:00:00Z"));
    private final CompositionRoot city = CompositionRoot.inMemory(now::get);

    private static DataMarket market() {
        PlatformReading reading = new PlatformLoader().read(EXAMPLE);
        return assertInstanceOf(PlatformReading.Valid.class, reading, reading::toString).market();
    }

    /** The frailty project imported, given a 72-hour incident rule, and moved to implementation and evaluation. */
    private GovernanceProject frailtyAtEvaluation() {
        ScenarioReading reading = new ScenarioLoader().read(Path.of("..", "examples", "kashiwanoha-frailty.json"));
        ScenarioReading.Valid valid = assertInstanceOf(ScenarioReading.Valid.class, reading);
        city.importScenario().importScenario(new ImportScenario.Command(valid.scenario(), SECRETARIAT, Role.ADMIN)).orElseThrow();
        Rule incidents = Rule.draft(RuleId.of("incident-contact"), RuleLevel.PROGRAM,
                "Report incidents on the frailty data to the secretariat within three days",
                new RuleTerms.IncidentHandling(List.of("promotion organization secretariat"), 72), Set.of(), Set.of());
        city.designRules().design(new DesignRules.Command(FRAILTY, new DesignRules.Change.AddRule(incidents),
                SECRETARIAT, Role.ADMIN)).orElseThrow();
        city.designRules().design(new DesignRules.Command(FRAILTY, new DesignRules.Change.ApproveRule(incidents.id(),
                java.time.LocalDate.of(2026, 4, 1)), Actor.of("research ethics committee"), Role.APPROVER))
                .orElseThrow();
        GovernanceProject project = null;
        for (String reason : List.of("overview agreed", "laws organized", "risks analysed", "rules approved")) {
            project = city.moveCycle().move(new MoveCycle.Command(FRAILTY, MoveCycle.Direction.ADVANCE, SECRETARIAT,
                    reason)).orElseThrow();
        }
        assertEquals(GovernanceStep.IMPLEMENTATION_AND_EVALUATION, project.cycle().step());
        return project;
    }

    @Test
    void ransomware_whenWalkedFromDetectionToReview_shouldReportDeadlinesAndSendTheProjectBackToRiskAnalysis() {
        GovernanceProject before = frailtyAtEvaluation();
        DataMarket market = market();
        HandleIncidents incidents = city.handleIncidents();

        // detection, 3 June 09:00 JST: the deadlines run from here
        Instant detected = Instant.parse("2026-06-03T00:00:00Z");
        HandleIncidents.Due atDetection = incidents.due(market, detected);
        assertEquals(List.of("kashiwa-city NOTICE 2026-06-04T00:00:00Z", "university NOTICE 2026-06-04T00:00:00Z",
                        "PPC PRELIMINARY 2026-06-08T00:00:00Z", "SUBJECTS NOTICE 2026-06-08T00:00:00Z",
                        "PPC FINAL 2026-08-02T00:00:00Z"),
                atDetection.pending().stream().map(p -> p.deadline().to().code() + " " + p.deadline().kind() + " "
                        + p.deadline().due()).toList());
        assertTrue(!atDetection.anythingOverdue());

        // review, 27 June: the PPC preliminary report was late, the final one is still open
        Instant reviewed = Instant.parse("2026-06-27T06:00:00Z");
        PlatformAssessment assessment = market.assess(reviewed, MarketRules.defaults("jp-2023.02"));
        IncidentReview review = assessment.incidents().getFirst();
        assertTrue(review.reportable());
        assertEquals(List.of("MEDICAL_CARE", "HEALTH_AND_WELFARE").stream().sorted().toList(),
                review.impact().criticalServices().stream().map(Enum::name).sorted().toList());
        assertEquals(IncidentReview.DeadlineStatus.LATE, deadline(review, "PPC", "PRELIMINARY").status());
        assertEquals(IncidentReview.DeadlineStatus.OPEN, deadline(review, "PPC", "FINAL").status());
        assertEquals(List.of(FindingCode.NOTIFICATION_LATE), review.findings().stream().map(Finding::code).toList());

        // the review is fed back into the loop: the frailty project goes back to risk analysis, naming the incident
        now.set(Instant.parse("2026-06-28T00:00:00Z"));
        List<HandleIncidents.ProjectOutcome> outcomes = incidents.feedBack(market, RANSOMWARE, SOC).orElseThrow();
        assertEquals(1, outcomes.size(), outcomes::toString);
        HandleIncidents.ProjectOutcome outcome = outcomes.getFirst();
        assertEquals(HandleIncidents.Status.REVISED, outcome.status(), outcome.detail());
        // its 72-hour incident rule is slower than the platform's 24 hours
        assertEquals(List.of(FindingCode.INCIDENT_RULE_SLOWER_THAN_PLATFORM),
                outcome.findings().stream().map(Finding::code).toList());
        GovernanceProject stored = city.viewProjects().get(FRAILTY).orElseThrow();
        assertEquals(GovernanceStep.RISK_ANALYSIS, stored.cycle().step());
        assertEquals(before.cycle().revision() + 1, stored.cycle().revision());
        CycleTransition last = stored.cycle().history().getLast();
        assertEquals(SOC, last.actor());
        assertTrue(last.reason().contains("incident ransomware-2026-06 (RANSOMWARE) on platform"
                + " kashiwa-health-data-platform"), last.reason());
        assertTrue(last.reason().contains("research-dataset carried by data flow(s) provide-research-dataset"),
                last.reason());
        assertTrue(last.reason().contains("HEALTH_AND_WELFARE"), last.reason());

        // fed back twice, the incident does not send the project back again
        HandleIncidents.ProjectOutcome again = incidents.feedBack(market, RANSOMWARE, SOC).orElseThrow().getFirst();
        assertEquals(HandleIncidents.Status.NOT_TRIGGERED, again.status());

        // past the final report's deadline, 10 August: the missing final report is overdue
        IncidentReview later = market.assess(Instant.parse("2026-08-10T00:00:00Z"),
                MarketRules.defaults("jp-2023.02")).incidents().getFirst();
        assertEquals(IncidentReview.DeadlineStatus.OVERDUE, deadline(later, "PPC", "FINAL").status());
        assertTrue(later.findings().stream().anyMatch(f -> f.code() == FindingCode.NOTIFICATION_OVERDUE
                && f.text().contains("FINAL to PPC")), later.findings()::toString);
    }

    @Test
    void feedBack_whenIncidentUnknownOrNotReviewed_shouldSaySo() {
        HandleIncidents incidents = city.handleIncidents();
        now.set(Instant.parse("2026-06-10T00:00:00Z"));

        assertEquals(Result.Reason.NOT_FOUND, assertInstanceOf(Result.Failure.class,
                incidents.feedBack(market(), IncidentId.of("no-such-incident"), SOC)).reason());
        assertEquals(Result.Reason.CONFLICT, assertInstanceOf(Result.Failure.class,
                incidents.feedBack(market(), RANSOMWARE, SOC)).reason());
        now.set(Instant.parse("2026-07-01T00:00:00Z"));
        assertEquals(HandleIncidents.Status.NOT_FOUND,
                incidents.feedBack(market(), RANSOMWARE, SOC).orElseThrow().getFirst().status());
    }

    @Test
    void incidentsDue_whenRunOnTheExample_shouldExitOneOnlyWhenSomethingIsOverdue() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int july = CityGovCli.run(city, new PrintWriter(out), new PrintWriter(err), "incidents", "due",
                EXAMPLE.toString(), "--at", "2026-07-01T00:00:00Z");
        assertEquals(CityGovCli.OK, july, err::toString);
        assertTrue(out.toString().contains("due     ransomware-2026-06: FINAL to PPC by 2026-08-02T00:00:00Z"),
                out::toString);

        StringWriter august = new StringWriter();
        int status = CityGovCli.run(city, new PrintWriter(august), new PrintWriter(err), "incidents", "due",
                EXAMPLE.toString(), "--at", "2026-08-10T00:00:00Z", "--format", "json");
        assertEquals(CityGovCli.NOT_APPROVABLE, status, err::toString);
        assertTrue(august.toString().contains("\"overdue\":true") || august.toString().contains("\"overdue\" : true"),
                august::toString);
        assertTrue(august.toString().contains("\"status\":\"OVERDUE\"") || august.toString().contains("OVERDUE"),
                august::toString);
    }

    @Test
    void incidentsDue_whenDocumentInvalid_shouldExitTwoNamingThePath(@org.junit.jupiter.api.io.TempDir Path dir)
            throws java.io.IOException {
        Path broken = dir.resolve("broken.yaml");
        java.nio.file.Files.writeString(broken, java.nio.file.Files.readString(EXAMPLE)
                .replace("status: CLOSED, at: 2026-06-20T17:00:00+09:00", "status: CLOSED, at: 2026-06-01T17:00:00+09:00"));
        StringWriter err = new StringWriter();

        int status = CityGovCli.run(city, new PrintWriter(new StringWriter()), new PrintWriter(err), "incidents",
                "due", broken.toString());

        assertEquals(CityGovCli.INVALID_INPUT, status);
        assertTrue(err.toString().contains("incidents[0].events[3].at"), err::toString);
    }

    private static IncidentReview.Deadline deadline(IncidentReview review, String to, String kind) {
        return review.deadlines().stream().filter(d -> d.to().code().equals(to) && d.kind().name().equals(kind))
                .findFirst().orElseThrow();
    }

    @Test
    void platformCheck_whenRunOnTheExample_shouldIncludeFrameworkGapsAndIncidentDeadlines(
            @org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
        StringWriter july = new StringWriter();
        int acceptable = CityGovCli.run(city, new PrintWriter(july), new PrintWriter(new StringWriter()), "platform",
                "check", EXAMPLE.toString(), "--at", "2026-07-01T00:00:00Z", "--format", "json");
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(july.toString());

        assertEquals(CityGovCli.OK, acceptable, july::toString); // a late report is reported, not overdue
        assertTrue(json.get("framework").get("cooperative").asBoolean());
        com.fasterxml.jackson.databind.JsonNode incident = json.get("incidents").get(0);
        assertEquals("notification-late", incident.get("findings").get(0).get("code").asText());
        assertTrue(incident.get("deadlines").toString().contains(
                "{\"to\":\"PPC\",\"kind\":\"PRELIMINARY\",\"due\":\"2026-06-08T00:00:00Z\","
                        + "\"done\":\"2026-06-10T01:00:00Z\",\"status\":\"LATE\"}"), incident::toString);

        // an untrained participant is a gap of the cooperative framework: not acceptable
        Path untrained = dir.resolve("untrained.yaml");
        java.nio.file.Files.writeString(untrained, java.nio.file.Files.readString(EXAMPLE)
                .replace("trainedOn: 2026-01-15", "trainedOn: 2024-01-15"));
        StringWriter text = new StringWriter();
        int status = CityGovCli.run(city, new PrintWriter(text), new PrintWriter(new StringWriter()), "platform",
                "check", untrained.toString(), "--at", "2026-07-01T00:00:00Z", "--format", "text");
        assertEquals(CityGovCli.NOT_APPROVABLE, status, text::toString);
        assertTrue(text.toString().contains("untrained"), text::toString);
        assertTrue(text.toString().contains("ransomware-2026-06"), text::toString);
    }
}
