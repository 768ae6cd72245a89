package org.citygov.domain.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The parity of the domain's message bundle ({@link Messages}): both languages hold the same keys with the same
 * arguments, every pattern is a valid MessageFormat, and every key the domain's code names exists (and is used).
 */
class MessageBundlesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");
    /** A string literal in the domain's code that names a message: a key family, a dot, more of the key. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][A-Za-z]*(?:\\.[A-Za-z0-9_]+)+)\"");

    static Properties bundle(String file) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(file)) {
            assertNotNull(in, file + " is on the classpath");
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static Properties english() {
        return bundle("org/citygov/domain/messages.properties");
    }

    private static Properties japanese() {
        return bundle("org/citygov/domain/messages_ja.properties");
    }

    /** The argument indices a pattern uses. */
    static Set<Integer> arguments(String pattern) {
        Set<Integer> indices = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            indices.add(Integer.parseInt(m.group(1)));
        }
        return indices;
    }

    /** What differs between two bundles: keys in one only, or keys whose patterns use different arguments. */
    static List<String> differences(Properties en, Properties ja) {
        TreeMap<String, String> problems = new TreeMap<>();
        for (String key : en.stringPropertyNames()) {
            if (!ja.containsKey(key)) {
                problems.put(key, key + ": in English only");
            } else if (!arguments(en.getProperty(key)).equals(arguments(ja.getProperty(key)))) {
                problems.put(key, key + ": arguments " + arguments(en.getProperty(key)) + " in English, "
                        + arguments(ja.getProperty(key)) + " in Japanese");
            }
        }
        for (String key : ja.stringPropertyNames()) {
            if (!en.containsKey(key)) {
                problems.put(key, key + ": in Japanese only");
            }
        }
        return List.copyOf(problems.values());
    }

    @Test
    void bundles_whenCompared_shouldHoldTheSameKeysWithTheSameArguments() {
        assertEquals(List.of(), differences(english(), japanese()));
    }

    @Test
    void differences_whenAKeyIsMissingOrItsArgumentsDiffer_shouldNameIt() {
        Properties en = new Properties();
        en.setProperty("a.one", "Service {0} in {1}.");
        en.setProperty("a.two", "Only in English");
        Properties ja = new Properties();
        ja.setProperty("a.one", "サービス {0}。");
        ja.setProperty("a.three", "日本語のみ");
        assertEquals(List.of("a.one: arguments [0, 1] in English, [0] in Japanese", "a.three: in Japanese only",
                "a.two: in English only"), differences(en, ja));
    }

    @Test
    void bundles_whenRead_shouldHoldJapaneseTextAndQuotesWrittenTwice() {
        Properties en = english();
        Properties ja = japanese();
        for (String key : en.stringPropertyNames()) {
            String english = en.getProperty(key);
            // a single quote starts a quoted section in MessageFormat and would swallow the arguments after it
            assertFalse(english.replace("''", "").contains("'"), key + " has a single quote: write it ''");
            assertFalse(ja.getProperty(key, "x").replace("''", "").contains("'"), key + " (ja) has a single quote");
            assertFalse(ja.getProperty(key, "x").isBlank(), key + " (ja) is empty");
            String text = ja.getProperty(key, "");
            boolean japaneseText = text.codePoints().anyMatch(cp -> {
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                        || script == Character.UnicodeScript.KATAKANA;
            });
            // patterns made only of arguments and punctuation ("{0} ({1})") need no words
            boolean onlyArguments = ARGUMENT.matcher(text).replaceAll("").codePoints().noneMatch(Character::isLetter);
            assertTrue(japaneseText || onlyArguments, key + " (ja) is not written in Japanese: " + text);
        }
    }

    @Test
    void domainCode_whenScannedForMessageKeys_shouldNameOnlyKeysOfTheBundleAndUseThemAll() throws IOException {
        Properties en = english();
        Set<String> families = new TreeSet<>();
        en.stringPropertyNames().forEach(k -> families.add(k.substring(0, k.indexOf('.'))));
        Set<String> named = new TreeSet<>();
        Path sources = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    String literal = m.group(1);
                    if (families.contains(literal.substring(0, literal.indexOf('.')))) {
                        named.add(literal);
                    }
                }
            }
        }
        Set<String> unknown = new TreeSet<>(named);
        unknown.removeAll(en.stringPropertyNames());
        assertEquals(Set.of(), unknown, "keys named in the code but missing from the bundle");
        Set<String> unused = new TreeSet<>(en.stringPropertyNames());
        unused.removeAll(named);
        assertEquals(Set.of(), unused, "keys of the bundle no code names");
    }

    @Test
    void text_whenGivenArguments_shouldFillThemInAsWrittenWithoutGrouping() {
        assertEquals("Observation of children is kept for 1200 days (long-term storage).",
                Messages.text("fourFactor.c.educationRetention", 1200));
        assertEquals("The purpose is stated in open-ended words (\"etc\"): camera images taken for an unclear"
                + " purpose of use are the guideline's example of an illegitimate purpose; say what the photography"
                + " is for.", Messages.text("fourFactor.b.vague", "etc"));
    }

    @Test
    void text_whenTheKeyIsUnknown_shouldFailLoudly() {
        assertThrows(IllegalStateException.class, () -> Messages.text("law.noSuchMessage"));
    }

    @Test
    void byTheProcess_whenWritten_shouldRepeatTheMitigationTablesAnswerWordForWord() {
        assertEquals("risk r1: " + org.citygov.domain.design.MitigationTable.PROCESS_NOT_RULE + ". why",
                Messages.text("suggest.byTheProcess", "r1", "why"));
    }
}
