package org.citygov.adapter.cli;

import static org.citygov.adapter.cli.AssessJapaneseMessagesTest.hasJapanese;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --lang ja|en} on {@code import}, {@code platform check}, {@code platform validate} and
 * {@code incidents due}: the text output and the problems in Japanese when asked, the JSON output the contract's,
 * the same in both languages.
 */
class CommandLanguageTest {

    private static final String RANSOMWARE = Path.of("..", "examples", "platform", "ransomware-storage-platform.yaml")
            .toString();
    private static final String SAPPORO = Path.of("..", "examples", "platform", "sapporo-exchange-market.json")
            .toString();
    private static final String AT = "2026-06-10T00:00:00Z";

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void platformCheck_whenAskedForJapanese_shouldWriteEveryFindingInJapaneseAndTheSameJson() {
        int findings = 0;
        for (String example : List.of(RANSOMWARE, SAPPORO)) {
            CliRun ja = run("platform", "check", example, "--at", AT, "--format", "text", "--lang", "ja");
            CliRun en = run("platform", "check", example, "--at", AT, "--format", "text", "--lang", "en");
            assertEquals(en.status(), ja.status(), ja.err());
            List<String> lines = ja.out().lines().filter(l -> l.matches("\\s+(BLOCKING|WARNING|要是正（掲載・契約を阻止）|警告) [a-z-]+: .*")
                    || l.startsWith("  unmet ") || l.startsWith("  未充足 ")).toList();
            for (String line : lines) {
                findings++;
                assertTrue(hasJapanese(line), "untranslated: " + line);
            }
            assertFalse(hasJapanese(en.out()), "English when asked: " + en.out());
            assertEquals(run("platform", "check", example, "--at", AT, "--format", "json", "--lang", "en").out(),
                    run("platform", "check", example, "--at", AT, "--format", "json", "--lang", "ja").out(),
                    "the JSON is the contract's in either language");
        }
        assertTrue(findings > 5, "the examples have findings to check: " + findings);
    }

    @Test
    void platformValidate_whenTheDocumentBreaksThePlatformsOwnRules_shouldNameTheViolationsInJapanese(
            @TempDir Path dir) throws IOException {
        Path broken = dir.resolve("no-operator.json");
        Files.writeString(broken, Files.readString(Path.of(SAPPORO))
                .replace("\"operator\": \"city-digital-bureau\"", "\"operator\": \"nobody\""));

        CliRun ja = run("platform", "validate", broken.toString(), "--lang", "ja");
        CliRun en = run("platform", "validate", broken.toString(), "--lang", "en");

        assertEquals(CityGovCli.INVALID_INPUT, ja.status(), ja.out() + ja.err());
        assertTrue(en.out().contains("no participant has the id \"nobody\"; the operator is a participant too"),
                en.out());
        assertTrue(ja.out().contains("ID が「nobody」の参加者はいません。運営者も参加者の一人として記載してください"),
                ja.out());
        assertTrue(ja.out().contains("OPERATOR の役割を持つのは基盤の運営者（nobody）だけです"), ja.out());
        assertFalse(ja.out().contains("has the") || ja.out().contains("participant too"), ja.out());
    }

    @Test
    void platformCheck_whenAskedForJapanese_shouldWriteTheSummaryHeadingsInJapanese() {
        CliRun ja = run("platform", "check", RANSOMWARE, "--at", AT, "--format", "text", "--lang", "ja");
        CliRun en = run("platform", "check", RANSOMWARE, "--at", AT, "--format", "text", "--lang", "en");

        for (String heading : List.of("のデータ連携基盤の評価（", "責任：設計 蓄積型", "義務：", "掲載：", "契約：",
                "セキュリティ体制：", "インシデント：", "（個人情報保護委員会への報告対象）")) {
            assertTrue(ja.out().contains(heading), heading + " missing: " + ja.out());
        }
        // the liability's explanation: two sentences, the design's and the content's, each in Japanese
        assertTrue(ja.out().contains("  蓄積型の基盤です。運営者は保管データの安全管理に責任を負い"), ja.out());
        assertTrue(en.out().contains("  A storage platform: the operator is responsible for the security of the stored"
                + " data and must make security central to the design. "), en.out());
        String explanation = ja.out().lines().filter(l -> l.startsWith("  蓄積型")).findFirst().orElseThrow();
        assertFalse(explanation.matches(".*[A-Za-z].*"), "untranslated: " + explanation);
        for (String english : List.of("Platform assessment of", "Liability:", "Duties:", "Listings:", "Agreements:",
                "Security framework:", "Incidents:", "reportable to the PPC", "acceptable")) {
            assertFalse(ja.out().contains(english), english + " left in English: " + ja.out());
            assertTrue(en.out().contains(english) || english.equals("acceptable"), english + ": " + en.out());
        }
    }

    @Test
    void platformValidate_whenAskedForJapanese_shouldWriteTheProblemsInJapaneseWithTheirPaths(@TempDir Path dir)
            throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": \"citygov-platform/1\", \"platform\": {\"id\": \"p\"}}");

        CliRun ja = run("platform", "validate", broken.toString(), "--lang", "ja");
        CliRun en = run("platform", "validate", broken.toString(), "--lang", "en");

        assertEquals(CityGovCli.INVALID_INPUT, ja.status());
        List<String> problems = ja.out().lines().filter(l -> l.contains("platform.")).toList();
        assertFalse(problems.isEmpty(), ja.out());
        problems.forEach(line -> assertTrue(hasJapanese(line), "untranslated: " + line));
        assertFalse(hasJapanese(en.out()), en.out());
        assertEquals(run("platform", "validate", broken.toString(), "--format", "json", "--lang", "en").out(),
                run("platform", "validate", broken.toString(), "--format", "json", "--lang", "ja").out());
    }

    @Test
    void incidentsDue_whenAskedForJapanese_shouldNameThePpcAndItsReportsAsTheAppiDoes() {
        CliRun ja = run("incidents", "due", RANSOMWARE, "--at", "2026-07-01T00:00:00Z", "--lang", "ja");
        CliRun en = run("incidents", "due", RANSOMWARE, "--at", "2026-07-01T00:00:00Z", "--lang", "en");

        assertEquals(en.status(), ja.status(), ja.err());
        assertTrue(ja.out().contains(
                "ransomware-2026-06：個人情報保護委員会への漏えい等の報告（確報）、期限 2026-08-02T00:00:00Z"), ja.out());
        assertTrue(en.out().contains("due     ransomware-2026-06: FINAL to PPC by 2026-08-02T00:00:00Z"), en.out());
        ja.out().lines().forEach(line -> assertTrue(hasJapanese(line), "untranslated: " + line));
        assertEquals(run("incidents", "due", RANSOMWARE, "--at", AT, "--format", "json", "--lang", "en").out(),
                run("incidents", "due", RANSOMWARE, "--at", AT, "--format", "json", "--lang", "ja").out());
    }

    @Test
    void import_whenAskedForJapanese_shouldWriteTheInputProblemsInJapanese(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": \"citygov/1\", \"project\": {}}");

        CliRun ja = run("import", broken.toString(), "--lang", "ja");
        CliRun en = run("import", broken.toString(), "--lang", "en");

        assertEquals(CityGovCli.INVALID_INPUT, ja.status(), ja.err());
        assertEquals(CityGovCli.INVALID_INPUT, en.status(), en.err());
        List<String> problems = ja.err().lines().filter(l -> l.contains("project.")).toList();
        assertFalse(problems.isEmpty(), ja.err());
        problems.forEach(line -> assertTrue(hasJapanese(line), "untranslated: " + line));
        assertFalse(hasJapanese(en.err()), en.err());
    }
}
