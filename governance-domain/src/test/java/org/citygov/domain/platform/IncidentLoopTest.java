package org.citygov.domain.platform;

import static org.citygov.domain.testing.PlatformBuilders.OFFER;
import static org.citygov.domain.testing.PlatformBuilders.OPERATOR;
import static org.citygov.domain.testing.PlatformBuilders.PROVIDER;
import static org.citygov.domain.testing.PlatformBuilders.aMarket;
import static org.citygov.domain.testing.PlatformBuilders.aPlatform;
import static org.citygov.domain.testing.PlatformBuilders.anIncident;
import static org.citygov.domain.testing.PlatformBuilders.anOffer;
import static org.citygov.domain.testing.ProjectBuilders.STANDARDS;
import static org.citygov.domain.testing.ProjectBuilders.ASSET;
import static org.citygov.domain.testing.ProjectBuilders.FLOW;
import static org.citygov.domain.testing.ProjectBuilders.PROJECT;
import static org.citygov.domain.testing.ProjectBuilders.aProject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.data.DataCategory;
import org.citygov.domain.data.DataFlowId;
import org.citygov.domain.data.Identifiability;
import org.citygov.domain.evaluation.RevisionTrigger;
import org.citygov.domain.project.Actor;
import org.citygov.domain.project.CycleTransition;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.GovernanceStep;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.project.ServiceField;
import org.citygov.domain.rule.Rule;
import org.citygov.domain.rule.RuleId;
import org.citygov.domain.rule.RuleLevel;
import org.citygov.domain.rule.RuleTerms;
import org.citygov.domain.shared.Result;
import org.citygov.domain.testing.PlatformBuilders;
import org.junit.jupiter.api.Test;

/** A reviewed platform incident sends the governance projects whose data it touched back to risk analysis (5.5). */
class IncidentLoopTest {

    static final MarketRules RULES = MarketRules.defaults("jp-2023.02");
    static final Actor SOC = Actor.of("security operation center");
    static final Instant DETECTED = Instant.parse("2026-05-10T00:00:00Z");
    static final Instant REVIEWED = Instant.parse("2026-06-20T00:00:00Z");
    static final Instant AFTER = Instant.parse("2026-07-01T00:00:00Z");

    /** A project at implementation and evaluation, revision 1, its rules designed under jp-2023.02. */
    static GovernanceProject atEvaluation(GovernanceProject project) {
        for (int step = 0; step < 4; step++) {
            project = project.advanceCycle(SOC, Instant.parse("2026-04-0" + (2 + step) + "T09:00:00Z"),
                    "step " + step + " done", STANDARDS).orElseThrow();
        }
        assertEquals(GovernanceStep.IMPLEMENTATION_AND_EVALUATION, project.cycle().step());
        return project.withRulesDesignedUnder(RULES.edition());
    }

    /** The project with an approved PROGRAM incident rule notifying within {@code hours}. */
    static GovernanceProject withIncidentRule(GovernanceProject project, int hours) {
        Rule rule = Rule.draft(RuleId.of("incident-contact"), RuleLevel.PROGRAM, "Report incidents to the secretariat",
                new RuleTerms.IncidentHandling(List.of("promotion secretariat"), hours), Set.of(), Set.of());
        return project.addRule(rule).orElseThrow().approveRule(rule.id(), "committee", LocalDate.of(2026, 4, 1))
                .orElseThrow();
    }

    /** A storage platform holding the project's gait video extract, with a ransomware incident at its operator. */
    static DataMarket market(boolean reviewed) {
        PlatformBuilders.IncidentBuilder incident = anIncident("ransomware-june").at(OPERATOR).detectedAt(DETECTED)
                .affecting(OFFER).malicious(true)
                .withEvent(Incident.Status.TRIAGED, DETECTED.plusSeconds(3_600))
                .withEvent(Incident.Status.CONTAINED, DETECTED.plusSeconds(86_400))
                .withEvent(Incident.Status.CLOSED, Instant.parse("2026-06-10T00:00:00Z"));
        if (reviewed) {
            incident.withEvent(Incident.Status.REVIEWED, REVIEWED);
        }
        return aMarket().withPlatform(aPlatform().withDesign(PlatformDesign.STORAGE)
                        .withCriticalServices(ServiceField.INFRASTRUCTURE_MAINTENANCE, ServiceField.EDUCATION))
                .withOffer(anOffer(OFFER).withProvider(PROVIDER).withCategories(DataCategory.CAMERA_IMAGE)
                        .aboutIndividuals(Identifiability.PSEUDONYMOUS).withBasis(PersonalDataBasis.CONSENT)
                        .withLicence(Offer.Licence.Kind.RESTRICTED, 0).withHosting(Offer.Hosting.PLATFORM).build())
                .withIncident(incident.build()).build()
                .withSources(List.of(new OfferSource(OfferId.of(OFFER), ProjectId.of(PROJECT), DataAssetId.of(ASSET))))
                .orElseThrow();
    }

    static Incident incident(DataMarket market) {
        return market.incidents().getFirst();
    }

    @Test
    void trigger_whenReviewedIncidentTouchedTheProjectsAsset_shouldNameIncidentAssetFlowAndServices() {
        DataMarket market = market(true);

        RevisionTrigger.IncidentReviewed trigger = IncidentLoop.trigger(incident(market), market,
                atEvaluation(aProject().buildRegistered()), AFTER, RULES).orElseThrow();

        assertEquals("ransomware-june", trigger.incident());
        assertEquals("RANSOMWARE", trigger.kind());
        assertEquals(REVIEWED, trigger.reviewedAt());
        assertEquals(List.of(DataAssetId.of(ASSET)), trigger.assets());
        assertEquals(List.of(DataFlowId.of(FLOW)), trigger.flows());
        // CAMERA_IMAGE: infrastructure maintenance relies on it, education does not (MarketRules default table)
        assertEquals(List.of("INFRASTRUCTURE_MAINTENANCE"), trigger.criticalServices());
    }

    @Test
    void reviseFromTriggers_whenIncidentTriggers_shouldGoBackToRiskAnalysisNamingTheIncident() {
        DataMarket market = market(true);
        GovernanceProject project = atEvaluation(aProject().buildRegistered());
        RevisionTrigger trigger = IncidentLoop.trigger(incident(market), market, project, AFTER, RULES).orElseThrow();

        GovernanceProject revised = project.reviseFromTriggers(RULES.edition(), List.of(trigger), SOC, AFTER)
                .orElseThrow();

        assertEquals(GovernanceStep.RISK_ANALYSIS, revised.cycle().step());
        assertEquals(2, revised.cycle().revision());
        CycleTransition last = revised.cycle().history().getLast();
        assertEquals(CycleTransition.Kind.NEW_REVISION, last.kind());
        assertTrue(last.reason().contains("incident ransomware-june (RANSOMWARE) on platform test-market"),
                last.reason());
        // answered: the same review does not send the revised project back again
        assertEquals(Optional.empty(), IncidentLoop.trigger(incident(market), market, revised, AFTER, RULES));
    }

    @Test
    void trigger_whenIncidentNotYetReviewed_shouldFireNothing() {
        GovernanceProject project = atEvaluation(aProject().buildRegistered());

        assertEquals(Optional.empty(), IncidentLoop.trigger(incident(market(false)), market(false), project, AFTER,
                RULES));
        // reviewed, but judged before the review
        assertEquals(Optional.empty(), IncidentLoop.trigger(incident(market(true)), market(true), project,
                REVIEWED.minusSeconds(1), RULES));
    }

    @Test
    void trigger_whenNoSourceLinksTheProject_shouldFireNothingEvenForTheSameCategories() {
        DataMarket market = market(true);
        GovernanceProject other = atEvaluation(aProject().withId("another-camera-project").buildRegistered());

        assertEquals(Optional.empty(), IncidentLoop.trigger(incident(market), market, other, AFTER, RULES));
        assertEquals(Map.of(ProjectId.of(PROJECT), List.of(DataAssetId.of(ASSET))),
                IncidentLoop.touched(incident(market), market.sources()));
    }

    @Test
    void reviseFromTriggers_whenProjectNotAtEvaluation_shouldBeAConflict() {
        DataMarket market = market(true);
        GovernanceProject registered = aProject().buildRegistered();
        RevisionTrigger trigger = IncidentLoop.trigger(incident(market), market, registered, AFTER, RULES)
                .orElseThrow();

        Result<GovernanceProject> result = registered.reviseFromTriggers(RULES.edition(), List.of(trigger), SOC,
                AFTER);

        assertEquals(Result.Reason.CONFLICT, assertInstanceOf(Result.Failure.class, result).reason());
    }

    @Test
    void check_whenProgrammeRuleSlowerThanPlatform_shouldBeAConflictNamingBothDeadlines() {
        Platform platform = aPlatform().withIncidentReportHours(24).build();
        GovernanceProject project = withIncidentRule(aProject().buildRegistered(), 72);

        List<Finding> findings = IncidentRuleCheck.check(project, List.of(DataAssetId.of(ASSET)), platform);

        assertEquals(List.of(FindingCode.INCIDENT_RULE_SLOWER_THAN_PLATFORM),
                findings.stream().map(Finding::code).toList());
        assertTrue(findings.getFirst().text().contains("within 72 hours"), findings.getFirst().text());
        assertTrue(findings.getFirst().text().contains("requires 24 hours"), findings.getFirst().text());
        assertTrue(findings.getFirst().text().contains("promotion secretariat"), findings.getFirst().text());
    }

    @Test
    void check_whenRuleAsFastAsPlatform_shouldFindNothing() {
        Platform platform = aPlatform().withIncidentReportHours(24).build();

        assertEquals(List.of(), IncidentRuleCheck.check(withIncidentRule(aProject().buildRegistered(), 24),
                List.of(DataAssetId.of(ASSET)), platform));
    }

    @Test
    void check_whenProjectHasNoIncidentRule_shouldWarnThatNoContactPointIsNamed() {
        List<Finding> findings = IncidentRuleCheck.check(aProject().buildRegistered(), List.of(DataAssetId.of(ASSET)),
                aPlatform().build());

        assertEquals(List.of(FindingCode.INCIDENT_RULE_MISSING), findings.stream().map(Finding::code).toList());
        assertEquals(Severity.WARNING, findings.getFirst().severity());
    }

    @Test
    void assess_whenProjectsAreLookedUp_shouldReportTheLinkWithoutChangingAcceptable() {
        DataMarket market = market(true);
        GovernanceProject project = withIncidentRule(atEvaluation(aProject().buildRegistered()), 72);

        PlatformAssessment with = market.assess(AFTER, RULES,
                id -> id.equals(project.id()) ? Optional.of(project) : Optional.empty());
        PlatformAssessment without = market.assess(AFTER, RULES);

        assertEquals(List.of(), without.projects());
        ProjectLink link = with.projects().getFirst();
        assertEquals(List.of(OfferId.of(OFFER)), link.offers());
        assertEquals(List.of(IncidentId.of("ransomware-june")), link.revisionTriggers());
        assertEquals(List.of(FindingCode.INCIDENT_RULE_SLOWER_THAN_PLATFORM),
                link.findings().stream().map(Finding::code).toList());
        assertEquals(without.acceptable(), with.acceptable());
    }

    @Test
    void assess_whenSourceNamesAnUnknownProject_shouldSaySo() {
        PlatformAssessment assessment = market(true).assess(AFTER, RULES, id -> Optional.empty());

        assertEquals(List.of(FindingCode.PROJECT_ASSET_MISSING),
                assessment.projects().getFirst().findings().stream().map(Finding::code).toList());
    }

    @Test
    void withSources_whenOfferUnknownOrNamedTwice_shouldBeInvalidWithPaths() {
        OfferSource known = new OfferSource(OfferId.of(OFFER), ProjectId.of(PROJECT), DataAssetId.of(ASSET));
        OfferSource unknown = new OfferSource(OfferId.of("no-such-offer"), ProjectId.of(PROJECT),
                DataAssetId.of(ASSET));

        Result<DataMarket> result = aMarket().build().withSources(List.of(known, unknown, known));

        Result.Failure<?> failure = assertInstanceOf(Result.Failure.class, result);
        assertEquals(List.of("sources[1].offer", "sources[2].offer"),
                failure.violations().stream().map(v -> v.path()).toList());
    }

    @Test
    void create_whenIncidentEventsGoBackOrPrecedeDetection_shouldBeInvalidWithPaths() {
        Incident incident = anIncident("outage").at(OPERATOR).detectedAt(DETECTED)
                .withEvent(Incident.Status.TRIAGED, DETECTED.minusSeconds(60))
                .withEvent(Incident.Status.CLOSED, DETECTED.plusSeconds(7_200))
                .withEvent(Incident.Status.CONTAINED, DETECTED.plusSeconds(9_000))
                .withEvent(Incident.Status.REVIEWED, DETECTED.plusSeconds(3_600)).build();

        Result<DataMarket> result = aMarket().withIncident(incident).create();

        Result.Failure<?> failure = assertInstanceOf(Result.Failure.class, result);
        assertEquals(List.of("incidents[0].events[0].at", "incidents[0].events[2].status",
                        "incidents[0].events[3].at"),
                failure.violations().stream().map(v -> v.path()).toList());
    }
}
