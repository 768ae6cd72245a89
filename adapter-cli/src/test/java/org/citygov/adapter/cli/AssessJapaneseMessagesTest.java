package org.citygov.adapter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --lang ja}: the domain's reasons, cautions and rationales, and the problems found in the input, are printed in
 * Japanese; codes, ids and paths are kept.
 */
class AssessJapaneseMessagesTest {

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    static boolean hasJapanese(String line) {
        return line.codePoints().anyMatch(cp -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                    || script == Character.UnicodeScript.HAN;
        });
    }

    /** The indented lines under a law, a judgment or a risk: the domain's sentences. */
    static List<String> reasonLines(String text) {
        return text.lines().filter(l -> l.startsWith("      ")).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kashiwanoha-frailty", "kashiwanoha-ai-cameras", "education-data"})
    void assess_whenAskedForJapanese_shouldWriteEveryReasonLineInJapanese(String example) {
        CliRun run = run("assess", "../examples/" + example + ".json", "--lang", "ja", "--format", "text");

        assertTrue(run.status() == CityGovCli.OK || run.status() == CityGovCli.NOT_APPROVABLE, run.err());
        List<String> reasons = reasonLines(run.out());
        assertFalse(reasons.isEmpty(), run.out());
        for (String line : reasons) {
            assertTrue(hasJapanese(line), "untranslated: " + line);
            // no English sentence left over: a run of three lower-case English words
            assertFalse(line.matches(".*\\b[a-z]{3,} [a-z]{3,} [a-z]{3,}\\b.*"), "English left in: " + line);
        }
    }

    @Test
    void assess_whenAskedForJapanese_shouldKeepIdsAndTranslateTheFrailtyReasons() {
        CliRun run = run("assess", "../examples/kashiwanoha-frailty.json", "--lang", "ja", "--format", "text");

        assertTrue(run.out().contains("本プロジェクトは個人情報（medical-claims"), run.out());
        assertTrue(run.out().contains("データ資産 health-questionnaire（健康情報）"), run.out());
        assertTrue(run.out().contains("影響の大きさ +1：要配慮個人情報"), run.out());
        assertTrue(run.out().contains("[5.3（2）、別添："), run.out());
        assertFalse(run.out().contains("The project handles personal data"));
    }

    @Test
    void assess_whenAskedForEnglish_shouldPrintTheDomainsEnglishUnchanged() {
        CliRun run = run("assess", "../examples/kashiwanoha-frailty.json", "--lang", "en", "--format", "text");

        assertTrue(run.out().contains("The project handles personal data (medical-claims"), run.out());
        assertTrue(run.out().contains("(severity +1: special-care information; likelihood -1: the flow rests on"
                + " consent"), run.out());
    }

    @Test
    void assess_whenJsonIsAskedInJapanese_shouldStillPrintTheEnglishContract() {
        CliRun ja = run("assess", "../examples/kashiwanoha-frailty.json", "--lang", "ja", "--format", "json");
        CliRun en = run("assess", "../examples/kashiwanoha-frailty.json", "--format", "json");

        assertEquals(en.out(), ja.out());
    }

    @Test
    void validate_whenTheFileHasProblemsAndJapaneseIsAsked_shouldPrintThemInJapaneseWithPathsAndLines(
            @TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"format\":\"citygov/1\",\n\"project\":{\"id\":\"Bad Id\"},\n\"colour\":1}");

        CliRun run = run("validate", file.toString(), "--lang", "ja");

        assertEquals(CityGovCli.INVALID_INPUT, run.status());
        assertTrue(run.out().contains("問題が"), run.out());
        assertTrue(run.out().contains("project.id（2行目）：ケバブケース"), run.out());
        assertTrue(run.out().contains("project.name（2行目）：必須項目です"), run.out());
        assertTrue(run.out().contains("colour（3行目）：不明なフィールド「colour」です"), run.out());
        assertFalse(run.out().contains("is required"), run.out());
    }

    @Test
    void assess_whenTheFileHasProblemsAndJapaneseIsAsked_shouldPrintThemInJapaneseOnTheErrorStream(
            @TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"format\":\"citygov/1\"}");

        CliRun run = run("assess", file.toString(), "--lang", "ja", "--format", "text");

        assertEquals(CityGovCli.INVALID_INPUT, run.status());
        assertTrue(run.err().contains("project：必須項目です") || run.err().contains("project（1行目）：必須項目です"),
                run.err());
    }

    @Test
    void suggestRules_whenAskedForJapanese_shouldWriteEveryProposalInJapaneseAndTheScenarioAsInEnglish() {
        int proposals = 0;
        for (String example : List.of("kashiwanoha-frailty", "kashiwanoha-ai-cameras", "education-data")) {
            String file = "../examples/" + example + ".json";
            CliRun ja = run("suggest-rules", file, "--lang", "ja");
            CliRun en = run("suggest-rules", file, "--lang", "en");

            assertEquals(CityGovCli.OK, ja.status(), ja.err());
            assertEquals(en.out(), ja.out(), example + ": the scenario written is the contract's, in English");
            assertFalse(ja.err().contains("not a rule") || ja.err().contains("change or remove flow"), ja.err());
            for (String line : ja.err().lines().filter(l -> l.startsWith("ルールではなく")).toList()) {
                proposals++;
                String said = line.substring(line.indexOf('：') + 1);
                assertTrue(hasJapanese(said), "untranslated: " + line);
                assertFalse(said.matches(".*\\b[a-z]{3,} [a-z]{3,} [a-z]{3,}\\b.*"), "English left in: " + line);
            }
        }
        assertTrue(proposals > 0, "the examples have proposals or process notes to check");
    }
}
