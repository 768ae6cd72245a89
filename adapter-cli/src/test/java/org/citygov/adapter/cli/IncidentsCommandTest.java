package org.citygov.adapter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.citygov.adapter.cli.root.CompositionRoot;
import org.citygov.adapter.persistence.jdbc.Database;
import org.citygov.application.platform.PlatformLoader;
import org.citygov.application.platform.PlatformReading;
import org.citygov.application.port.out.Platforms;
import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.linkage.Decision;
import org.citygov.domain.linkage.LinkageRecord;
import org.citygov.domain.linkage.LinkageRequest;
import org.citygov.domain.monitoring.Alert;
import org.citygov.domain.platform.RegisteredPlatform;
import org.citygov.domain.project.Actor;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.stakeholder.StakeholderId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code citygov incidents list} and {@code citygov incidents alerts} over the embedded store (issue 13). */
class IncidentsCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path RANSOMWARE = Path.of("..", "examples", "platform", "ransomware-storage-platform.yaml");
    private static final Instant START = Instant.parse("2026-06-01T00:00:00Z");

    @TempDir
    Path data;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CityGovCli.run(CompositionRoot.inMemory(), new PrintWriter(out), new PrintWriter(err), args);
    }

    private void storeRansomwarePlatform() {
        PlatformReading reading = new PlatformLoader().read(RANSOMWARE);
        var market = assertInstanceOf(PlatformReading.Valid.class, reading, reading::toString).market();
        try (Database database = Database.embedded(data)) {
            database.platforms().save(RegisteredPlatform.create(market), new Platforms.Change(
                    Actor.of("kashiwa-platform-office"), START, "registered")).orElseThrow();
        }
    }

    /** Twelve denials of a prober in two minutes, asking for data no flow hands to it. */
    private static List<LinkageRecord> probing() {
        List<LinkageRecord> stream = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            stream.add(LinkageRecord.decision(LinkageRequest.aggregate(ProjectId.of("kashiwanoha-frailty"),
                            StakeholderId.of("university"), DataAssetId.of("care-records"), PurposeKind.ADVERTISING,
                            Set.of("diagnosis")),
                    new Decision(Decision.Outcome.DENY, List.of(), Optional.empty(), List.of(), List.of(),
                            "no data flow of project kashiwanoha-frailty hands care-records to university for ADVERTISING", 1),
                    START.plusSeconds(10L * i)));
        }
        return stream;
    }

    @Test
    void list_whenStoredPlatformHasAnOverdueReport_shouldNameItAndExitOne() throws Exception {
        storeRansomwarePlatform();

        int status = run("incidents", "list", "--data", data.toString(), "--at", "2026-08-10T00:00:00Z",
                "--format", "json");

        assertEquals(CityGovCli.NOT_APPROVABLE, status, err::toString);
        JsonNode report = JSON.readTree(out.toString());
        assertTrue(report.path("overdue").asBoolean());
        JsonNode incident = report.path("platforms").get(0).path("incidents").get(0);
        assertEquals("ransomware-2026-06", incident.path("id").asText());
        assertEquals("REVIEWED", incident.path("status").asText());
        assertTrue(incident.path("reportable").asBoolean());
        JsonNode finalReport = incident.path("due").get(0);
        assertEquals("PPC", finalReport.path("to").asText());
        assertEquals("FINAL", finalReport.path("kind").asText());
        assertEquals("OVERDUE", finalReport.path("status").asText());
    }

    @Test
    void list_whenBeforeAnyDeadlinePassedOrPlatformUnknown_shouldExitZeroOrTwo() {
        storeRansomwarePlatform();

        assertEquals(CityGovCli.OK, run("incidents", "list", "--data", data.toString(), "--at",
                "2026-07-01T00:00:00Z"), err::toString);
        assertTrue(out.toString().contains("kashiwa-health-data-platform / ransomware-2026-06: RANSOMWARE"),
                out::toString);
        assertTrue(out.toString().contains("due     FINAL to PPC by 2026-08-02T00:00:00Z"), out::toString);

        assertEquals(CityGovCli.INVALID_INPUT, run("incidents", "list", "--data", data.toString(), "--platform",
                "no-such-platform"));
        assertTrue(err.toString().contains("--platform no-such-platform: no such platform is stored"),
                err::toString);
    }

    @Test
    void alerts_whenASyntheticStreamWasWatchedBeforeARestart_shouldListTheStoredAlertsOnce() throws Exception {
        try (CompositionRoot root = CompositionRoot.embedded(data)) {
            assertEquals(2, root.watchLinkage().watch(probing()).size());
        }
        try (CompositionRoot again = CompositionRoot.embedded(data)) {
            // the same stream watched again (a replay, another server): nothing new is kept
            again.watchLinkage().watch(probing());
        }

        assertEquals(CityGovCli.OK, run("incidents", "alerts", "--data", data.toString(), "--format", "json"),
                err::toString);
        JsonNode alerts = JSON.readTree(out.toString()).path("alerts");
        assertEquals(2, alerts.size(), alerts::toString);
        assertEquals("OUTSIDE_AGREEMENTS", alerts.get(0).path("kind").asText());
        assertEquals("DENIAL_BURST", alerts.get(1).path("kind").asText());
        assertEquals(Alert.idOf(Alert.Kind.DENIAL_BURST, StakeholderId.of("university"), START.plusSeconds(90)),
                alerts.get(1).path("id").asText());
        assertEquals(10, alerts.get(1).path("count").asInt());
        assertEquals("kashiwanoha-frailty", alerts.get(1).path("assets").get(0).path("project").asText());

        out.getBuffer().setLength(0);
        assertEquals(CityGovCli.OK, run("incidents", "alerts", "--data", data.toString(), "--since",
                START.plusSeconds(30).toString()), err::toString);
        assertTrue(out.toString().contains("DENIAL_BURST  university"), out::toString);
        assertTrue(!out.toString().contains("OUTSIDE_AGREEMENTS"), out::toString);
        assertTrue(out.toString().contains("asked for: kashiwanoha-frailty/care-records"), out::toString);
    }

    private String output(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        run(args);
        return out.toString();
    }

    @Test
    void list_whenAskedForJapanese_shouldWriteHeadingsKindsAndStepsInJapaneseAndTheSameJson() {
        storeRansomwarePlatform();
        String at = "2026-07-01T00:00:00Z";

        String ja = output("incidents", "list", "--data", data.toString(), "--at", at, "--lang", "ja");
        String en = output("incidents", "list", "--data", data.toString(), "--at", at, "--lang", "en");

        assertTrue(ja.startsWith("2026-07-01T00:00:00Z 時点のインシデント："), ja);
        assertTrue(ja.contains("kashiwa-health-data-platform / ransomware-2026-06：ランサムウェア"), ja);
        assertTrue(ja.contains("個人情報保護委員会への報告対象"), ja);
        assertTrue(ja.contains("個人情報保護委員会への漏えい等の報告（確報）、期限 2026-08-02T00:00:00Z"), ja);
        assertTrue(!ja.contains("RANSOMWARE") && !ja.contains(" since ") && !ja.contains("reportable"), ja);
        assertTrue(en.contains("ransomware-2026-06: RANSOMWARE at "), en);
        assertTrue(en.contains("due     FINAL to PPC by 2026-08-02T00:00:00Z"), en);
        assertTrue(!AssessJapaneseMessagesTest.hasJapanese(en), en);
        assertEquals(output("incidents", "list", "--data", data.toString(), "--at", at, "--format", "json",
                        "--lang", "en"),
                output("incidents", "list", "--data", data.toString(), "--at", at, "--format", "json",
                        "--lang", "ja"), "the JSON is the same in either language");
    }

    @Test
    void alerts_whenAskedForJapanese_shouldWriteKindsAndAlertTextsInJapaneseAndTheSameJson() {
        try (CompositionRoot root = CompositionRoot.embedded(data)) {
            assertEquals(2, root.watchLinkage().watch(probing()).size());
        }

        String ja = output("incidents", "alerts", "--data", data.toString(), "--lang", "ja");
        String en = output("incidents", "alerts", "--data", data.toString(), "--lang", "en");

        assertTrue(ja.startsWith("監視アラート："), ja);
        assertTrue(ja.contains("拒否の集中  university"), ja);
        assertTrue(ja.contains("university への提供が 10 分間に 10 回拒否されました"), ja);
        assertTrue(ja.contains("university が、どのデータフローも提供していないデータを"), ja);
        assertTrue(ja.contains("要求されたデータ：kashiwanoha-frailty/care-records"), ja);
        // the latest denial's reason, a linkage decision, in Japanese too
        assertTrue(ja.contains("直近の拒否の理由：拒否：プロジェクト kashiwanoha-frailty には、care-records を 広告 のために"
                + " university へ渡すデータフローがありません（ポリシー世代 1）"), ja);
        assertTrue(!ja.contains("was denied") && !ja.contains("asked for"), ja);
        assertTrue(en.contains("DENIAL_BURST  university"), en);
        assertTrue(en.contains("university was denied 10 times within 10 minutes (threshold 10); latest: "), en);
        assertTrue(!AssessJapaneseMessagesTest.hasJapanese(en), en);
        assertEquals(output("incidents", "alerts", "--data", data.toString(), "--format", "json", "--lang", "en"),
                output("incidents", "alerts", "--data", data.toString(), "--format", "json", "--lang", "ja"),
                "the JSON is the same in either language");
    }

    @Test
    void serve_whenAMonitoringSettingIsBad_shouldNameItAndExitTwoBeforeOpeningTheStore() {
        int status = run("serve", "--data", data.resolve("never-opened").toString(), "--monitoring",
                "burstDenials=many", "--monitoring", "burstWndow=PT5M");

        assertEquals(CityGovCli.INVALID_INPUT, status);
        assertTrue(err.toString().contains("--monitoring burstDenials: not a whole number: many"), err::toString);
        assertTrue(err.toString().contains("--monitoring burstWndow: unknown monitoring setting"), err::toString);
        assertTrue(!java.nio.file.Files.exists(data.resolve("never-opened")));
    }

    @Test
    void monitoringThresholds_whenOneKeyIsSet_shouldOverrideItAndTakeTheRestFromTheBundledEdition() {
        var edition = new org.citygov.adapter.persistence.catalogue.BundledCatalogue().edition().cityGovDefaults()
                .monitoring();
        var thresholds = CompositionRoot.monitoringThresholds(java.util.Map.of("burstDenials", "3")).orElseThrow();

        assertEquals(3, thresholds.burstDenials());
        assertEquals(edition.burstWindow(), thresholds.burstWindow());
        assertEquals(edition.volumeMinimum(), thresholds.volumeMinimum());
        assertEquals(edition, CompositionRoot.monitoringThresholds(java.util.Map.of()).orElseThrow());
        try (CompositionRoot root = CompositionRoot.inMemory()) {
            assertEquals(edition, ((org.citygov.application.service.MonitoringService) root.watchLinkage())
                    .thresholds(), "the monitor starts with the edition's CityGov defaults");
        }
    }

    @Test
    void monitoringWith_whenThresholdsSetBeforeServing_shouldRaiseByThemAndRefuseOnceLinkageIsWired() {
        var thresholds = CompositionRoot.monitoringThresholds(java.util.Map.of("burstDenials", "3",
                "outsideRequests", "20")).orElseThrow();
        try (CompositionRoot root = CompositionRoot.inMemory().monitoringWith(thresholds)) {
            List<Alert> raised = root.watchLinkage().watch(probing().subList(0, 3));
            assertEquals(List.of(Alert.Kind.DENIAL_BURST), raised.stream().map(Alert::kind).toList());

            root.linkage();
            assertInstanceOf(IllegalStateException.class, org.junit.jupiter.api.Assertions.assertThrows(
                    IllegalStateException.class, () -> root.monitoringWith(thresholds)));
        }
    }

    @Test
    void platformCheck_whenTheRansomwarePlatformIsJudgedPastTheFinalDeadline_shouldReportFrameworkAndDeadlines()
            throws Exception {
        int status = run("platform", "check", RANSOMWARE.toString(), "--at", "2026-08-10T00:00:00Z", "--format",
                "json");

        assertEquals(CityGovCli.NOT_APPROVABLE, status, err::toString);
        JsonNode assessment = JSON.readTree(out.toString());
        assertTrue(assessment.path("framework").has("cooperative"), assessment::toString);
        assertTrue(assessment.path("framework").path("gaps").isArray(), assessment::toString);
        JsonNode deadlines = assessment.path("incidents").get(0).path("deadlines");
        List<String> seen = new ArrayList<>();
        deadlines.forEach(d -> seen.add(d.path("to").asText() + " " + d.path("kind").asText() + " "
                + d.path("status").asText()));
        assertTrue(seen.contains("PPC PRELIMINARY LATE"), seen::toString);
        assertTrue(seen.contains("PPC FINAL OVERDUE"), seen::toString);
        assertTrue(!assessment.path("acceptable").asBoolean());
    }
}
