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

/** Each kind of JSON syntax error in CityGov's own words, with line and column, in English and in Japanese. */
class JsonSyntaxErrorTest {

    record Doc(String name, List<Integer> counts) {
    }

    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
    private static final Pattern ENGLISH_RUN = Pattern.compile("[A-Za-z]{2,}(?: [A-Za-z]{2,}){2}");

    private final DocumentReader reader = new DocumentReader();

    private String message(String text) {
        Parsed<Doc> parsed = reader.read(text, Syntax.JSON, Doc.class);
        Parsed.Problems<Doc> problems = assertInstanceOf(Parsed.Problems.class, parsed);
        assertEquals(1, problems.problems().size(), problems::toString);
        return problems.problems().getFirst().message();
    }

    @Test
    void read_whenEachKindOfSyntaxError_shouldSayItInCityGovsWordsWithLineAndColumnInBothLanguages() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("{\n  \"name\": \"a", "not valid JSON: a string is not closed: its closing double quote is"
                + " missing (line 2, column 13)");
        expected.put("{\n  \"name\": \"a\",\n  \"counts\": [1, 2", "not valid JSON: the list opened at line 3,"
                + " column 13 is not closed with a closing bracket");
        expected.put("{\n  \"name\": \"a\"", "not valid JSON: the object opened at line 1, column 1 is not closed"
                + " with a closing brace");
        expected.put("{\"name\": \"a\"]", "not valid JSON: the closing bracket \"]\" does not close what is open"
                + " (line 1, column 13)");
        expected.put("{\"counts\": [01]}", "not valid JSON: a number is malformed (line 1, column 14); write digits"
                + " with an optional sign, decimal point and exponent, without leading zeros");
        expected.put("{\"name\": tru}", "not valid JSON: unrecognized word \"tru\" (line 1, column 13); a value is"
                + " a text in double quotes, a number, an object, a list, true, false or null");
        expected.put("{\"name\": \"a\tb\"}", "not valid JSON: a control character inside a string (line 1, column"
                + " 12); write a line break as \\n and a tab as \\t");
        expected.put("{\"name\": \"a\\qb\"}", "not valid JSON: an unknown escape \"\\q\" inside a string (line 1,"
                + " column 13)");
        expected.put("{name: \"a\"}", "not valid JSON: expected a field name in double quotes, found \"n\""
                + " (line 1, column 2)");
        expected.put("{\n  \"name\": \"a\"\n  \"counts\": []\n}", "not valid JSON: expected a comma or the end of"
                + " the object, found \"\"\" (line 3, column 3)");
        expected.put("{\"counts\": [1 2]}", "not valid JSON: expected a comma or the end of the list, found \"2\""
                + " (line 1, column 15)");
        expected.put("{\"name\" \"a\"}", "not valid JSON: expected a colon after the field name, found \"\"\""
                + " (line 1, column 9)");
        expected.put("{\"name\": @}", "not valid JSON: unexpected character \"@\" (line 1, column 10)");

        DomainTexts ja = DomainTexts.of(Language.JA);
        Map<String, String> actual = new LinkedHashMap<>();
        expected.keySet().forEach(text -> actual.put(text, message(text)));
        assertEquals(List.copyOf(expected.values()), List.copyOf(actual.values()));
        expected.forEach((text, english) -> {
            String message = actual.get(text);
            String japanese = ja.text(message);
            assertTrue(JAPANESE.matcher(japanese).find(), message + " -> " + japanese);
            assertTrue(japanese.startsWith("JSON として正しくありません："), japanese);
            assertFalse(ENGLISH_RUN.matcher(japanese).find(), "English words in: " + japanese);
            assertTrue(japanese.contains("行") && !japanese.contains("line"), japanese);
        });
    }

    @Test
    void read_whenTheJsonIsBroken_shouldNotCarryTheParsersOwnExplanation() {
        for (String text : List.of("{\"name\": \"a\" \"counts\": []}", "{\"counts\": [1,,2]}", "{\"name\": 'a'}",
                "{\"counts\": [1.]}", "{\"name\"")) {
            String message = message(text);
            assertTrue(message.startsWith("not valid JSON: "), message);
            for (String jackson : List.of("code ", "Unexpected", "was expecting", "marker", "Source:", "JSON String")) {
                assertFalse(message.contains(jackson), text + " -> " + message);
            }
        }
    }
}
