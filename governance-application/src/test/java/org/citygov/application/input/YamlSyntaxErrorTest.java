package org.citygov.application.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.citygov.application.report.i18n.DomainTexts;
import org.citygov.application.report.i18n.Language;
import org.junit.jupiter.api.Test;

/** Each kind of YAML syntax error in CityGov's own words, with line and column, in English and in Japanese. */
class YamlSyntaxErrorTest {

    record Doc(String name, List<String> items) {
    }

    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
    private static final Pattern ENGLISH_RUN = Pattern.compile("[A-Za-z]{2,}(?: [A-Za-z]{2,}){2}");

    private final DocumentReader reader = new DocumentReader();

    private String message(String text) {
        Parsed<Doc> parsed = reader.read(text, Syntax.YAML, Doc.class);
        Parsed.Problems<Doc> problems = assertInstanceOf(Parsed.Problems.class, parsed);
        assertEquals(1, problems.problems().size(), problems::toString);
        return problems.problems().getFirst().message();
    }

    @Test
    void read_whenEachKindOfYamlSyntaxError_shouldSayItInCityGovsWordsWithLineAndColumnInBothLanguages() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("name: a\n\titems: []\n", "not valid YAML: a tab (line 2, column 1); indent with spaces");
        expected.put("name: a: b\n", "not valid YAML: a second \": \" where a value was expected (line 1, column 8);"
                + " put a value that holds \": \" in quotes");
        expected.put("name: a\nitems\nother: b\n", "not valid YAML: a line that is neither a key with its colon"
                + " nor a list item (line 3, column 1)");
        expected.put("name: a\nitems: [x, y\nother: b\n", "not valid YAML: the list opened at line 2, column 8 is"
                + " not closed with a closing bracket");
        expected.put("name: a\nitems: {x: 1\nother: b\n", "not valid YAML: the mapping opened at line 2, column 8"
                + " is not closed with a closing brace");
        expected.put("name: \"a\nitems: []\n", "not valid YAML: a quoted text is not closed: its closing quote is"
                + " missing (line 3, column 1)");
        expected.put("name: a\n  items: []\n", "not valid YAML: a second \": \" where a value was expected (line 2,"
                + " column 8); put a value that holds \": \" in quotes");
        expected.put("items:\n  - a\n - b\n", "not valid YAML: the indentation does not match the lines before it"
                + " (line 3, column 2)");
        DomainTexts ja = DomainTexts.of(Language.JA);
        expected.forEach((text, english) -> {
            String message = message(text);
            assertEquals(english, message, () -> "for " + text);
            // the problem's line is where the parser stopped, as in the sentence
            Parsed.Problems<Doc> problems = (Parsed.Problems<Doc>) reader.read(text, Syntax.YAML, Doc.class);
            java.util.regex.Matcher stopped = Pattern.compile("\\(line (\\d+),").matcher(english);
            if (stopped.find()) {
                assertEquals(Integer.parseInt(stopped.group(1)), problems.problems().getFirst().line().getAsInt(),
                        english);
            }
            String japanese = ja.text(message);
            assertTrue(japanese.startsWith("YAML として正しくありません："), japanese);
            assertTrue(JAPANESE.matcher(japanese.substring(4)).find(), japanese);
            assertTrue(japanese.contains("行"), japanese);
            assertFalse(ENGLISH_RUN.matcher(japanese).find(), japanese);
        });
    }

    @Test
    void read_whenTheYamlParserExplains_shouldNeverShowItsOwnText() {
        for (String text : List.of("name: [a\n", "name: 'a\n", "name: a\n- b\n")) {
            String message = message(text);
            assertTrue(message.startsWith("not valid YAML: "), message);
            assertFalse(message.contains("while ") || message.contains("in 'reader'") || message.contains("^"),
                    message);
        }
    }
}
