package org.citygov.domain.monitoring;

import static org.citygov.domain.testing.PlatformBuilders.OFFER;
import static org.citygov.domain.testing.PlatformBuilders.aMarket;
import static org.citygov.domain.testing.PlatformBuilders.aParticipant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

import org.citygov.domain.catalogue.MonitoringThresholds;
import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.data.DataFlowId;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.linkage.Decision;
import org.citygov.domain.linkage.LinkageRecord;
import org.citygov.domain.linkage.LinkageRequest;
import org.citygov.domain.platform.DataMarket;
import org.citygov.domain.platform.Incident;
import org.citygov.domain.platform.IncidentId;
import org.citygov.domain.platform.MarketRules;
import org.citygov.domain.platform.OfferId;
import org.citygov.domain.platform.OfferSource;
import org.citygov.domain.platform.ParticipantRole;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.shared.Result;
import org.citygov.domain.stakeholder.StakeholderId;
import org.junit.jupiter.api.Test;

/** The monitor over a synthetic linkage decision stream: each alert raised by a stream built for it, and only then. */
class LinkageMonitorTest {

    static final ProjectId PROJECT = ProjectId.of("kashiwanoha-watch");
    static final DataAssetId GAIT = DataAssetId.of("gait-video");
    static final DataAssetId RECORDS = DataAssetId.of("care-records");
    static final Instant START = Instant.parse("2026-06-01T00:00:00Z");

    static LinkageRecord decision(String party, DataAssetId asset, Decision.Outcome outcome, boolean flow,
                                  Instant at) {
        LinkageRequest request = LinkageRequest.aggregate(PROJECT, StakeholderId.of(party), asset,
                PurposeKind.RESEARCH, Set.of("steps"));
        Decision decision = new Decision(outcome, List.of(), flow ? Optional.of(DataFlowId.of("share-gait"))
                : Optional.empty(), List.of(), List.of(), outcome == Decision.Outcome.PERMIT ? "flow share-gait"
                : flow ? "access is limited to the roles analyst" : "no data flow of project hands " + asset, 1);
        return LinkageRecord.decision(request, decision, at);
    }

    static List<Alert> feed(LinkageMonitor monitor, List<LinkageRecord> stream) {
        List<Alert> raised = new ArrayList<>();
        stream.forEach(r -> raised.addAll(monitor.observe(r)));
        return raised;
    }

    @Test
    void observe_whenDenialsBurstPastTheThreshold_shouldRaiseOneDenialBurst() {
        LinkageMonitor monitor = new LinkageMonitor(org.citygov.domain.assessment.AssessmentFixtures.monitoringThresholds());
        List<LinkageRecord> nine = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            nine.add(decision("bus-company", GAIT, Decision.Outcome.DENY, true, START.plusSeconds(30L * i)));
        }
        assertEquals(List.of(), feed(monitor, nine));

        List<Alert> raised = feed(monitor, List.of(
                decision("bus-company", GAIT, Decision.Outcome.DENY, true, START.plusSeconds(300)),
                decision("bus-company", GAIT, Decision.Outcome.DENY, true, START.plusSeconds(310))));

        assertEquals(1, raised.size(), raised::toString);
        Alert alert = raised.getFirst();
        assertEquals(Alert.Kind.DENIAL_BURST, alert.kind());
        assertEquals(StakeholderId.of("bus-company"), alert.party());
        assertEquals(10, alert.count());
        assertEquals(START, alert.windowStart());
        assertEquals(List.of(new Alert.RequestedAsset(PROJECT, GAIT)), alert.assets());
    }

    @Test
    void observe_whenDenialsAreSpreadOut_shouldRaiseNothing() {
        LinkageMonitor monitor = new LinkageMonitor(org.citygov.domain.assessment.AssessmentFixtures.monitoringThresholds());
        List<LinkageRecord> stream = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            // one denial every two minutes: never 10 within 10 minutes
            stream.add(decision("bus-company", GAIT, Decision.Outcome.DENY, true, START.plusSeconds(120L * i)));
        }
        assertEquals(List.of(), feed(monitor, stream));
    }

    @Test
    void observe_whenPartyAsksForDataNoFlowHandsIt_shouldRaiseOutsideAgreementsOncePerWindow() {
        LinkageMonitor monitor = new LinkageMonitor(org.citygov.domain.assessment.AssessmentFixtures.monitoringThresholds());

        List<Alert> raised = feed(monitor, List.of(
                decision("ad-broker", GAIT, Decision.Outcome.PERMIT, true, START),
                decision("ad-broker", RECORDS, Decision.Outcome.DENY, false, START.plusSeconds(60)),
                decision("ad-broker", RECORDS, Decision.Outcome.DENY, false, START.plusSeconds(120)),
                decision("ad-broker", RECORDS, Decision.Outcome.DENY, false, START.plusSeconds(3_700))));

        assertEquals(List.of(Alert.Kind.OUTSIDE_AGREEMENTS, Alert.Kind.OUTSIDE_AGREEMENTS),
                raised.stream().map(Alert::kind).toList());
        assertEquals(START.plusSeconds(60), raised.getFirst().raisedAt());
        assertEquals(List.of(new Alert.RequestedAsset(PROJECT, RECORDS)), raised.getFirst().assets());
        assertTrue(raised.getFirst().text().contains("no data flow hands to it"), raised.getFirst().text());
        assertEquals(List.of("outside-agreements-ad-broker-" + START.plusSeconds(60).toEpochMilli(),
                        "outside-agreements-ad-broker-" + START.plusSeconds(3_700).toEpochMilli()),
                monitor.alerts().stream().map(Alert::id).toList());
    }

    @Test
    void observe_whenVolumeFarAboveOwnBaseline_shouldRaiseVolumeAlertWithTheBaseline() {
        LinkageMonitor monitor = new LinkageMonitor(org.citygov.domain.assessment.AssessmentFixtures.monitoringThresholds());
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(13);
        List<LinkageRecord> stream = new ArrayList<>();
        // eight quiet hours: 10 permitted requests an hour at random minutes, for two parties
        for (int hour = 0; hour < 8; hour++) {
            for (String party : List.of("research-lab", "bus-company")) {
                List<Instant> times = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    times.add(START.plus(Duration.ofHours(hour)).plusSeconds(random.nextInt(3_600)));
                }
                times.stream().sorted().forEach(t -> stream.add(decision(party, GAIT, Decision.Outcome.PERMIT, true,
                        t)));
            }
        }
        stream.sort(java.util.Comparator.comparing(LinkageRecord::at));
        assertEquals(List.of(), feed(monitor, stream));

        // hour nine: the lab asks 60 times (6 × its baseline of 10), the bus company 20 times (twice)
        List<LinkageRecord> ninth = new ArrayList<>();
        Instant hour9 = START.plus(Duration.ofHours(8));
        for (int i = 0; i < 60; i++) {
            ninth.add(decision("research-lab", GAIT, Decision.Outcome.PERMIT, true, hour9.plusSeconds(50L * i)));
            if (i % 3 == 0) {
                ninth.add(decision("bus-company", GAIT, Decision.Outcome.PERMIT, true, hour9.plusSeconds(50L * i)));
            }
        }
        List<Alert> raised = feed(monitor, ninth);

        assertEquals(1, raised.size(), raised::toString);
        Alert alert = raised.getFirst();
        assertEquals(Alert.Kind.VOLUME_ABOVE_BASELINE, alert.kind());
        assertEquals(StakeholderId.of("research-lab"), alert.party());
        assertEquals(51, alert.count()); // raised on the first request above max(5 × 10, 50)
        assertEquals(10.0, alert.baseline().orElseThrow(), 1e-9);
        assertEquals(hour9, alert.windowStart());
    }

    @Test
    void observe_whenNewcomerStartsWithManyRequests_shouldRaiseNoVolumeAlertWithoutBaseline() {
        LinkageMonitor monitor = new LinkageMonitor(org.citygov.domain.assessment.AssessmentFixtures.monitoringThresholds());
        List<LinkageRecord> stream = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            stream.add(decision("new-startup", GAIT, Decision.Outcome.PERMIT, true, START.plusSeconds(5L * i)));
        }
        assertEquals(List.of(), feed(monitor, stream));
    }

    @Test
    void openAsIncident_whenPartyIsAParticipant_shouldRecordATriagedIncidentOnTheSourcedOffer() {
        LinkageMonitor monitor = new LinkageMonitor(org.citygov.domain.assessment.AssessmentFixtures.monitoringThresholds());
        Alert alert = feed(monitor, List.of(decision("research-lab", RECORDS, Decision.Outcome.DENY, false, START)))
                .getFirst();
        DataMarket market = aMarket().build().withSources(List.of(new OfferSource(OfferId.of(OFFER), PROJECT,
                RECORDS))).orElseThrow();

        DataMarket opened = alert.openAsIncident(market, IncidentId.of("soc-alert-1"), START.plusSeconds(600))
                .orElseThrow();

        Incident incident = opened.incident(IncidentId.of("soc-alert-1")).orElseThrow();
        assertEquals(Incident.Kind.UNAUTHORIZED_ACCESS, incident.kind());
        assertEquals(Incident.Detector.SOC, incident.detectedBy());
        assertEquals(START, incident.detectedAt());
        assertEquals(List.of(OfferId.of(OFFER)), incident.offers());
        assertEquals(List.of(new Incident.StatusEvent(Incident.Status.TRIAGED, START.plusSeconds(600))),
                incident.events());
        // from now on its deadlines run: the participants are due a notice within the platform's hours
        assertTrue(opened.assess(START.plusSeconds(25 * 3_600), MarketRules.defaults("jp-2023.02")).incidents()
                .getFirst().anythingOverdue());
    }

    @Test
    void openAsIncident_whenPartyIsNoParticipant_shouldBeInvalid() {
        LinkageMonitor monitor = new LinkageMonitor(org.citygov.domain.assessment.AssessmentFixtures.monitoringThresholds());
        Alert alert = feed(monitor, List.of(decision("stranger", RECORDS, Decision.Outcome.DENY, false, START)))
                .getFirst();

        Result<DataMarket> result = alert.openAsIncident(aMarket().withParticipant(aParticipant("other",
                ParticipantRole.USER).build()).build(), IncidentId.of("x"), START);

        assertEquals(Result.Reason.INVALID, assertInstanceOf(Result.Failure.class, result).reason());
    }

    @Test
    void thresholds_whenInconsistent_shouldBeRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new MonitoringThresholds(
                Duration.ofMinutes(10), 10, Duration.ofHours(1), 1, Duration.ofHours(1), 4, 6, 5.0, 50));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new MonitoringThresholds(
                Duration.ZERO, 10, Duration.ofHours(1), 1, Duration.ofHours(1), 24, 6, 5.0, 50));
    }
}
