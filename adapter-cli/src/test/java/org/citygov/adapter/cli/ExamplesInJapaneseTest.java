package org.citygov.adapter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.citygov.application.report.i18n.DomainTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Every example ({@code examples/*.json}, {@code examples/platform/*}) rendered with {@code --lang ja} as text and as
 * HTML: no line may keep an English sentence of CityGov's own or a raw code.
 *
 * <p>What fails a line (after the words the example's author typed — every string value of the example file — are
 * taken out of it):
 * <ul>
 *   <li>an UPPER_SNAKE code ({@code SPECIAL_CARE_REQUIRED}) or a code of the domain's enumerations written alone in
 *       capitals ({@code DENY}, {@code PROVIDER}, {@code HIGH}), except the acronyms the Japanese texts use themselves
 *       ({@link #ACRONYMS});</li>
 *   <li>a literal piece of at least three words of one of CityGov's English messages, labels or problems (the
 *       bundles' base files) that its Japanese file does not also contain;</li>
 *   <li>a run of three lower-case English words.</li>
 * </ul>
 * Ids (kebab-case), law article numbers, paths, numbers and dates pass.
 */
class ExamplesInJapaneseTest {

    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final String AT = "2026-06-10T00:00:00Z";
    /** Capital words that are not codes but the abbreviations the Japanese texts themselves use. */
    private static final Set<String> ACRONYMS = Set.of("APPI", "PPC", "MFA", "SOC", "KPI", "AI", "ID", "IDS", "JSON",
            "HTML", "SVG", "CSV", "DPV", "URL", "GPS", "IOT", "ICT", "PDF", "CEO", "CPU", "DCAT", "ODRL", "OECD",
            "EU", "GDPR", "RFC", "OK", "NG", "SNS", "IP", "SSO", "TLS", "VPN", "MARKET", "SCENARIO", "MD");
    private static final Pattern UPPER_SNAKE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");
    private static final Pattern CAPITAL_WORD = Pattern.compile("(?<![A-Za-z0-9_.-])[A-Z][A-Z0-9]{1,}(?![A-Za-z0-9_-])");
    private static final Pattern ENGLISH_RUN = Pattern.compile("\\b[a-z]{3,} [a-z]{3,} [a-z]{3,}\\b");
    private static final Set<String> ENUM_CODES = enumCodes();
    private static final List<String> ENGLISH_PIECES = englishPieces();
    /**
     * The codes the Japanese bundles write on purpose: what a user writes in a scenario ("THIRD_PARTY_PROVISION を
     * カバーする同意のルール"), named next to its Japanese word.
     */
    private static final Set<String> CODES_IN_JAPANESE = codesInJapanese();

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    static Stream<Path> projectExamples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    static Stream<Path> platformExamples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES.resolve("platform"))) {
            return files.filter(Files::isRegularFile).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("projectExamples")
    void assessAndReport_whenRenderedInJapanese_shouldLeaveNoEnglishSentenceNorRawCode(Path example) throws IOException {
        Set<String> typed = typedWords(example);
        CliRun text = run("assess", example.toString(), "--lang", "ja", "--format", "text");
        assertTrue(text.status() == CityGovCli.OK || text.status() == CityGovCli.NOT_APPROVABLE, text.err());
        CliRun suggestions = run("suggest-rules", example.toString(), "--lang", "ja");
        assertEquals(CityGovCli.OK, suggestions.status(), suggestions.err());
        CliRun html = run("report", example.toString(), "--lang", "ja");
        assertEquals(CityGovCli.OK, html.status(), html.err());

        List<String> offending = new ArrayList<>();
        offending.addAll(offences("assess " + example, text.out(), typed));
        // suggest-rules writes the scenario again (its content, English like the file) and its notes on standard error
        offending.addAll(offences("suggest-rules " + example, suggestions.err(), typed));
        offending.addAll(offences("report " + example, visibleText(html.out()), typed));
        assertTrue(offending.isEmpty(), String.join("\n", offending));
    }

    @ParameterizedTest
    @MethodSource("platformExamples")
    void platformCheckAndReport_whenRenderedInJapanese_shouldLeaveNoEnglishSentenceNorRawCode(Path example)
            throws IOException {
        Set<String> typed = typedWords(example);
        CliRun text = run("platform", "check", example.toString(), "--at", AT, "--format", "text", "--lang", "ja");
        assertTrue(text.err().isEmpty() || text.status() != CityGovCli.INVALID_INPUT, text.err());
        CliRun html = run("platform", "report", example.toString(), "--at", AT, "--lang", "ja");
        assertEquals(CityGovCli.OK, html.status(), html.err());

        List<String> offending = new ArrayList<>();
        offending.addAll(offences("platform check " + example, text.out(), typed));
        offending.addAll(offences("platform report " + example, visibleText(html.out()), typed));
        assertTrue(offending.isEmpty(), String.join("\n", offending));
    }

    @Test
    void offences_whenALineHoldsACodeOrAnEnglishMessage_shouldReportItAndPassIdsAndArticles() {
        Set<String> typed = Set.of("Sapporo data exchange");
        assertFalse(offences("t", "判定：DENY", typed).isEmpty(), "a raw decision code");
        assertFalse(offences("t", "区分 SPECIAL_CARE_REQUIRED", typed).isEmpty(), "an UPPER_SNAKE code");
        assertFalse(offences("t", "根拠：Panel: the risk of defamation depending on the nature of the data", typed)
                .isEmpty(), "an English basis");
        assertTrue(offences("t", "個人情報保護法第27条第2項（APPI）：offer-17、city-digital-bureau", typed).isEmpty());
        assertTrue(offences("t", "名称：Sapporo data exchange（2026-06-10）", typed).isEmpty(), "the user's own words");
    }

    /** The lines of {@code output} that keep English or a code, each named with where it comes from. */
    static List<String> offences(String where, String output, Set<String> typed) {
        List<String> offending = new ArrayList<>();
        for (String raw : output.lines().toList()) {
            String line = raw;
            for (String words : typed) {
                line = line.replace(words, " ");
                // a figure shortens a long name to fit: "Kashiwa City (health and …"
                for (int k = words.length() - 1; k >= 8 && line.contains("…"); k--) {
                    line = line.replace(words.substring(0, k) + "…", " ");
                }
            }
            List<String> why = new ArrayList<>();
            Matcher snake = UPPER_SNAKE.matcher(line);
            while (snake.find()) {
                if (!CODES_IN_JAPANESE.contains(snake.group())) {
                    why.add("code " + snake.group());
                }
            }
            Matcher capital = CAPITAL_WORD.matcher(line);
            while (capital.find()) {
                if (ENUM_CODES.contains(capital.group()) && !ACRONYMS.contains(capital.group())
                        && !CODES_IN_JAPANESE.contains(capital.group())) {
                    why.add("code " + capital.group());
                }
            }
            for (String piece : ENGLISH_PIECES) {
                if (line.contains(piece)) {
                    why.add("English \"" + piece + "\"");
                    break;
                }
            }
            Matcher english = ENGLISH_RUN.matcher(line);
            if (why.isEmpty() && english.find()) {
                why.add("English \"" + english.group() + "\"");
            }
            if (!why.isEmpty()) {
                offending.add(where + ": " + why + " in: " + raw.strip());
            }
        }
        return offending;
    }

    /** The text a reader sees in an HTML document: no style, tags as line breaks, entities decoded. */
    static String visibleText(String html) {
        String text = html.replaceAll("(?s)<style.*?</style>", "").replaceAll("(?s)<script.*?</script>", "")
                .replaceAll("(?s)<!--.*?-->", "").replaceAll("<[^>]*>", "\n");
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    /** Every string value of the example (JSON or YAML): the author's own words, longest first. */
    static Set<String> typedWords(Path example) throws IOException {
        ObjectMapper mapper = example.toString().endsWith(".json") ? new ObjectMapper()
                : new ObjectMapper(new YAMLFactory());
        Set<String> values = new LinkedHashSet<>();
        collect(mapper.readTree(example.toFile()), values);
        List<String> sorted = new ArrayList<>(values);
        // a code the author wrote ("DIRECT", "TWO_WAY") is still a code to be named in Japanese: not the author's words
        sorted.removeIf(v -> v.length() < 4 || v.matches("[A-Z][A-Z0-9_]*"));
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return new LinkedHashSet<>(sorted);
    }

    private static void collect(JsonNode node, Set<String> values) {
        if (node.isTextual()) {
            values.add(node.asText());
        }
        node.forEach(child -> collect(child, values));
    }

    /** The names of the constants of the domain's enumerations (read from its class files' directory). */
    private static Set<String> enumCodes() {
        Set<String> codes = new LinkedHashSet<>();
        try {
            Path location = Path.of(org.citygov.domain.shared.Messages.class.getProtectionDomain().getCodeSource()
                    .getLocation().toURI());
            // the domain's classes: a directory in the IDE, its jar in a Maven reactor build
            Path root = Files.isDirectory(location) ? location
                    : java.nio.file.FileSystems.newFileSystem(location).getPath("/");
            try (Stream<Path> classes = Files.walk(root)) {
                for (Path file : classes.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                    if (!name.startsWith("org.citygov.domain.")) {
                        continue;
                    }
                    Class<?> type = Class.forName(name, false, ExamplesInJapaneseTest.class.getClassLoader());
                    if (type.isEnum()) {
                        for (Object constant : type.getEnumConstants()) {
                            codes.add(((Enum<?>) constant).name());
                        }
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot list the domain's enumerations", e);
        }
        if (codes.size() < 100) {
            throw new IllegalStateException("the domain's enumerations were not found: " + codes);
        }
        return codes;
    }

    /**
     * The literal pieces of CityGov's English bundles that have three words or more, and that the Japanese bundles do
     * not share (a quotation kept in the original in both languages).
     */
    private static List<String> englishPieces() {
        List<String> pieces = new ArrayList<>();
        for (String[] family : List.of(new String[] {"org/citygov/domain/messages", "org/citygov/domain/messages_ja"},
                new String[] {"org/citygov/report/labels", "org/citygov/report/labels_ja"},
                new String[] {DomainTexts.PROBLEMS.replace('.', '/'), DomainTexts.PROBLEMS.replace('.', '/') + "_ja"})) {
            Properties english = load(family[0] + ".properties");
            Properties ja = load(family[1] + ".properties");
            String japanese = String.join("\n", ja.stringPropertyNames().stream().map(ja::getProperty).toList());
            for (String key : english.stringPropertyNames()) {
                for (String literal : english.getProperty(key).replace("''", "'").split("\\{\\d+}")) {
                    String piece = literal.strip();
                    if (piece.split("\\s+").length >= 3 && !japanese.contains(piece)) {
                        pieces.add(piece);
                    }
                }
            }
        }
        return pieces;
    }

    private static Set<String> codesInJapanese() {
        Set<String> codes = new LinkedHashSet<>();
        for (String file : List.of("org/citygov/domain/messages_ja.properties", "org/citygov/report/labels_ja.properties",
                DomainTexts.PROBLEMS.replace('.', '/') + "_ja.properties")) {
            Properties ja = load(file);
            for (String key : ja.stringPropertyNames()) {
                for (Pattern kind : List.of(UPPER_SNAKE, CAPITAL_WORD)) {
                    Matcher code = kind.matcher(ja.getProperty(key));
                    while (code.find()) {
                        codes.add(code.group());
                    }
                }
            }
        }
        return codes;
    }

    private static Properties load(String file) {
        Properties properties = new Properties();
        try (var in = ExamplesInJapaneseTest.class.getClassLoader().getResourceAsStream(file)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties;
    }
}
