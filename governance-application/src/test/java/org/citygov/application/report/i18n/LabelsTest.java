package org.citygov.application.report.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.citygov.domain.risk.RiskLevel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LabelsTest {

    private static Properties file(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LabelsTest.class.getClassLoader().getResourceAsStream(name)) {
            assertNotNull(in, name + " is on the classpath");
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Properties english() throws IOException {
        return file("org/citygov/report/labels.properties");
    }

    private static Properties japanese() throws IOException {
        return file("org/citygov/report/labels_ja.properties");
    }

    /** Keys of {@code one} that {@code other} lacks. */
    static Set<String> missingFrom(Properties one, Properties other) {
        Set<String> missing = new TreeSet<>(one.stringPropertyNames());
        missing.removeAll(other.stringPropertyNames());
        return missing;
    }

    @Test
    void bundles_whenCompared_shouldHoldTheSameKeysInBothLanguages() throws IOException {
        assertEquals(Set.of(), missingFrom(english(), japanese()), "keys in English only");
        assertEquals(Set.of(), missingFrom(japanese(), english()), "keys in Japanese only");
    }

    @Test
    void missingFrom_whenAKeyExistsInOneLanguageOnly_shouldNameIt() {
        Properties en = new Properties();
        en.setProperty("section.overview", "Project overview");
        en.setProperty("section.extra", "Only in English");
        Properties ja = new Properties();
        ja.setProperty("section.overview", "プロジェクト概要");
        assertEquals(Set.of("section.extra"), missingFrom(en, ja));
        assertEquals(Set.of(), missingFrom(ja, en));
    }

    @Test
    void bundles_whenRead_shouldHaveNoEmptyTextAndJapaneseInTheJapaneseFile() throws IOException {
        Properties ja = japanese();
        for (String key : english().stringPropertyNames()) {
            assertFalse(english().getProperty(key).isBlank(), key + " (en) is empty");
            assertFalse(ja.getProperty(key, "").isBlank(), key + " (ja) is empty");
        }
        long japaneseTexts = ja.stringPropertyNames().stream()
                .filter(k -> ja.getProperty(k).codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp)
                        == Character.UnicodeScript.HAN || Character.UnicodeScript.of(cp)
                        == Character.UnicodeScript.HIRAGANA || Character.UnicodeScript.of(cp)
                        == Character.UnicodeScript.KATAKANA))
                .count();
        // all but codes such as "KPI {0}" are written in Japanese
        assertTrue(japaneseTexts > ja.size() - 5L, japaneseTexts + " of " + ja.size() + " texts are Japanese");
    }

    @Test
    void of_whenEveryLabelledEnumConstantIsAsked_shouldHaveItsLabelInBothLanguages() throws IOException {
        Properties en = english();
        Properties ja = japanese();
        for (Class<? extends Enum<?>> type : Labels.LABELLED_ENUMS) {
            for (Enum<?> constant : type.getEnumConstants()) {
                String key = Labels.key(type, constant.name());
                assertTrue(en.containsKey(key), "English label for " + key);
                assertTrue(ja.containsKey(key), "Japanese label for " + key);
                assertEquals(en.getProperty(key), Labels.of(Language.EN).of(constant));
                assertEquals(ja.getProperty(key), Labels.of(Language.JA).of(constant));
            }
        }
    }

    @Test
    void of_whenTheMachineLocaleIsJapanese_shouldStillGiveEnglishForEnglish() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.JAPAN);
            assertEquals("high", Labels.of(Language.EN).of(RiskLevel.HIGH));
            assertEquals("高", Labels.of(Language.JA).of(RiskLevel.HIGH));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void format_whenGivenArguments_shouldFillThemIn() {
        assertEquals("Data governance report: A <b>", Labels.of(Language.EN).format("report.title", "A <b>"));
        assertEquals("データガバナンス報告書：A", Labels.of(Language.JA).format("report.title", "A"));
    }

    @Test
    void fromTag_whenGivenTagsWithRegionsOrUnknownOnes_shouldPickTheLanguageOrNone() {
        assertEquals(Language.JA, Language.fromTag("ja-JP").orElseThrow());
        assertEquals(Language.EN, Language.fromTag(" EN_us ").orElseThrow());
        assertTrue(Language.fromTag("fr").isEmpty());
        assertEquals(Language.JA, Language.of(Locale.JAPAN));
        assertEquals(Language.EN, Language.of(Locale.GERMANY));
    }
}
