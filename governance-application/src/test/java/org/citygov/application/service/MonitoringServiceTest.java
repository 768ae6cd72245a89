package org.citygov.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import org.citygov.application.port.in.Authenticate;
import org.citygov.application.port.out.Catalogue;
import org.citygov.application.port.out.Clock;
import org.citygov.application.port.out.ConsentRecords;
import org.citygov.application.port.out.CorrectionRequests;
import org.citygov.application.port.out.LinkageLog;
import org.citygov.application.port.out.Projects;
import org.citygov.domain.access.Role;
import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.linkage.ConsentRegistry;
import org.citygov.domain.linkage.DecisionPoint;
import org.citygov.domain.linkage.LinkageRecord;
import org.citygov.domain.linkage.LinkageRequest;
import org.citygov.domain.linkage.LogEntry;
import org.citygov.domain.monitoring.Alert;
import org.citygov.domain.catalogue.MonitoringThresholds;
import org.citygov.domain.platform.IncidentId;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.shared.Result;
import org.citygov.domain.stakeholder.StakeholderId;
import org.citygov.domain.testing.PlatformBuilders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** The monitor sees the decisions the linkage service logs, and an alert becomes an incident in one step. */
@ExtendWith(MockitoExtension.class)
class MonitoringServiceTest {

    /** The bundled edition's CityGov defaults ({@code cityGovDefaults.monitoring}). */
    private static final MonitoringThresholds BUNDLED = org.citygov.domain.assessment.AssessmentFixtures
            .monitoringThresholds();

    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");

    @Mock
    private Projects projects;
    @Mock
    private Catalogue catalogue;
    @Mock
    private LinkageLog log;
    @Mock
    private ConsentRecords consentRecords;
    @Mock
    private CorrectionRequests corrections;

    @Test
    void decide_whenPartyProbesDataOutsideItsFlows_shouldRaiseAlertsThroughTheLinkageService() {
        AtomicLong sequence = new AtomicLong();
        when(log.append(any())).thenAnswer(call -> CompletableFuture.completedFuture(new LogEntry(
                sequence.getAndIncrement(), ((LinkageRecord) call.getArgument(0)).canonical(), new byte[32],
                new byte[32], new byte[32])));
        AtomicLong seconds = new AtomicLong();
        Clock clock = () -> NOW.plusSeconds(seconds.getAndAdd(20));
        MonitoringService monitoring = new MonitoringService(BUNDLED, new ListAlerts(), clock);
        LinkageService linkage = new LinkageService(projects, catalogue, log, consentRecords, corrections, clock,
                new DecisionPoint(new ConsentRegistry()), monitoring);
        LinkageRequest probe = LinkageRequest.aggregate(ProjectId.of("kashiwanoha-frailty"),
                StakeholderId.of("research-lab"), DataAssetId.of("care-records"), PurposeKind.ADVERTISING,
                Set.of("diagnosis"));

        for (int i = 0; i < 12; i++) {
            linkage.decide(probe, new Authenticate.Caller("soc-test", Role.ADMIN)).orElseThrow();
        }

        // no project is compiled here, so every decision is a denial naming no flow
        assertEquals(List.of(Alert.Kind.OUTSIDE_AGREEMENTS, Alert.Kind.DENIAL_BURST),
                monitoring.alerts().stream().map(Alert::kind).toList());
        Alert burst = monitoring.alert(monitoring.alerts().get(1).id()).orElseThrow();
        assertEquals(Alert.Kind.DENIAL_BURST, burst.kind());
        assertEquals(10, burst.count());
        assertEquals(StakeholderId.of("research-lab"), burst.party());
        assertEquals(Result.Reason.NOT_FOUND,
                assertInstanceOf(Result.Failure.class, monitoring.alert("alert-9")).reason());
    }

    @Test
    void openIncident_whenAlertKnown_shouldAddAnIncidentToTheMarket() {
        MonitoringService monitoring = new MonitoringService(BUNDLED, new ListAlerts(), () -> NOW);
        monitoring.watch(List.of(LinkageRecord.decision(LinkageRequest.aggregate(ProjectId.of("p"),
                        StakeholderId.of(PlatformBuilders.USER), DataAssetId.of("a"), PurposeKind.RESEARCH,
                        Set.of("f")),
                new org.citygov.domain.linkage.Decision(org.citygov.domain.linkage.Decision.Outcome.DENY, List.of(),
                        java.util.Optional.empty(), List.of(), List.of(), "no flow", 1), NOW.minusSeconds(60))));

        List<Alert> again = monitoring.watch(List.of());
        assertEquals(List.of(), again);
        String raised = monitoring.alerts().getFirst().id();
        var market = monitoring.openIncident(raised, PlatformBuilders.aMarket().build(), IncidentId.of("soc-1"))
                .orElseThrow();

        assertEquals(NOW, market.incident(IncidentId.of("soc-1")).orElseThrow().events().getFirst().at());
        assertEquals(Result.Reason.NOT_FOUND, assertInstanceOf(Result.Failure.class,
                monitoring.openIncident("alert-7", PlatformBuilders.aMarket().build(), IncidentId.of("soc-2")))
                .reason());
    }

    @Test
    void watch_whenTwoServersWatchTheSameStreamIntoOneStore_shouldKeepEachAlertOnce() {
        ListAlerts shared = new ListAlerts();
        List<LinkageRecord> stream = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            stream.add(LinkageRecord.decision(LinkageRequest.aggregate(ProjectId.of("p"),
                            StakeholderId.of("prober"), DataAssetId.of("a"), PurposeKind.RESEARCH, Set.of("f")),
                    new org.citygov.domain.linkage.Decision(org.citygov.domain.linkage.Decision.Outcome.DENY,
                            List.of(), java.util.Optional.empty(), List.of(), List.of(), "no flow", 1),
                    NOW.plusSeconds(10L * i)));
        }

        List<Alert> first = new MonitoringService(BUNDLED, shared, () -> NOW).watch(stream);
        List<Alert> second = new MonitoringService(BUNDLED, shared, () -> NOW).watch(stream);

        assertEquals(List.of(Alert.Kind.OUTSIDE_AGREEMENTS, Alert.Kind.DENIAL_BURST),
                first.stream().map(Alert::kind).toList());
        assertEquals(first.stream().map(Alert::id).toList(), second.stream().map(Alert::id).toList());
        assertEquals(2, shared.all().size());
        assertEquals(List.of(Alert.Kind.DENIAL_BURST), new MonitoringService(BUNDLED, shared,
                () -> NOW).alerts(NOW.plusSeconds(30)).stream().map(Alert::kind).toList());
    }

    @Test
    void read_whenSettingsGiven_shouldOverrideDefaultsAndNameBadKeys() throws IOException {
        Properties good = new Properties();
        good.load(new StringReader("monitoring.burstWindow=PT5M\nmonitoring.volumeFactor=8\n"));
        MonitoringThresholds read = MonitoringSettings.read(good, BUNDLED).orElseThrow();
        assertEquals(Duration.ofMinutes(5), read.burstWindow());
        assertEquals(8.0, read.volumeFactor());
        assertEquals(BUNDLED.burstDenials(), read.burstDenials());

        Properties bad = new Properties();
        bad.load(new StringReader("monitoring.burstWindow=ten minutes\nmonitoring.burstDenial=3\n"));
        Result.Failure<?> failure = assertInstanceOf(Result.Failure.class, MonitoringSettings.read(bad, BUNDLED));
        assertEquals(List.of("monitoring.burstDenial", "monitoring.burstWindow"),
                failure.violations().stream().map(v -> v.path()).toList());
    }
}
