package org.citygov.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.validation.constraints.Size;

import org.hibernate.validator.internal.constraintvalidators.bv.NotBlankValidator;
import org.junit.jupiter.api.Test;

import org.citygov.application.input.DocumentReader;
import org.citygov.application.input.Parsed;
import org.citygov.application.input.Syntax;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.shared.Ids;

/**
 * The fast reader of a linkage decision's body held against the general {@link DocumentReader}: whenever the fast
 * reader accepts a body, the general reader accepts it too and gives an equal record; every hand-written valid body
 * takes the fast path; every hand-written invalid body is left to the general reader. Bodies come from a hand-written
 * corpus and from mutations of valid bodies by a seeded {@link Random}.
 */
class DecisionRequestReaderTest {

    private static final DocumentReader GENERAL = new DocumentReader();
    private static final long SEED = 20261130L;
    private static final int MUTANTS = 4000;

    // ---- the corpus --------------------------------------------------------------------------------------------

    /** One key and its value as JSON text, so that order, repeats and raw escapes can be written as they are. */
    private record Entry(String key, String json) {
        String text(String colon) {
            return quote(key) + colon + json;
        }
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String array(List<String> items) {
        return "[" + String.join(", ", items.stream().map(DecisionRequestReaderTest::quote).toList()) + "]";
    }

    private static Entry e(String key, String json) {
        return new Entry(key, json);
    }

    private static Entry s(String key, String text) {
        return new Entry(key, quote(text));
    }

    private static String object(List<Entry> entries) {
        return object(entries, ", ", ": ", "{", "}");
    }

    private static String object(List<Entry> entries, String comma, String colon, String open, String close) {
        return open + String.join(comma, entries.stream().map(en -> en.text(colon)).toList()) + close;
    }

    /** The body of the brief, with every field, role included. */
    private static List<Entry> full() {
        return new ArrayList<>(List.of(s("project", "kashiwanoha-frailty"), s("party", "university"),
                s("role", "researcher"), s("asset", "research-dataset"), s("purpose", "RESEARCH"),
                s("subject", "resident-0042"), e("fields", array(List.of("age", "frailty-score")))));
    }

    /** {@link #full()} with one key's value replaced, or the key dropped when {@code json} is null. */
    private static List<Entry> with(String key, String json) {
        List<Entry> entries = new ArrayList<>();
        for (Entry entry : full()) {
            if (!entry.key().equals(key)) {
                entries.add(entry);
            } else if (json != null) {
                entries.add(e(key, json));
            }
        }
        return entries;
    }

    private static String withText(String key, String text) {
        return object(with(key, quote(text)));
    }

    private static List<String> validBodies() {
        List<String> bodies = new ArrayList<>();
        bodies.add("{\"project\": \"kashiwanoha-frailty\", \"party\": \"university\", \"asset\": \"research-dataset\","
                + " \"purpose\": \"RESEARCH\", \"subject\": \"resident-0042\", \"fields\": [\"age\","
                + " \"frailty-score\"]}");
        // optional fields absent, null or present
        for (String role : new String[] {null, "null", quote("researcher")}) {
            for (String subject : new String[] {null, "null", quote("resident-0042")}) {
                List<Entry> entries = with("role", role);
                entries.removeIf(en -> en.key().equals("subject"));
                if (subject != null) {
                    entries.add(e("subject", subject));
                }
                bodies.add(object(entries));
            }
        }
        // key order
        Random random = new Random(SEED);
        List<Entry> reversed = full();
        Collections.reverse(reversed);
        bodies.add(object(reversed));
        for (int i = 0; i < 30; i++) {
            List<Entry> permuted = full();
            Collections.shuffle(permuted, random);
            bodies.add(object(permuted));
        }
        // whitespace
        bodies.add(object(full(), ",", ":", "{", "}"));
        bodies.add(object(full(), ",\n  ", ": ", "{\n  ", "\n}\n"));
        bodies.add(object(full(), ",\r\n\t", "\t:\t", "\r\n{\r\n\t", "\r\n}\r\n"));
        bodies.add("  \n\t" + object(full()) + " \n\t ");
        bodies.add(object(with("fields", "[ \"age\" ,\n\"frailty-score\"\t]")));
        // every purpose
        for (PurposeKind purpose : PurposeKind.values()) {
            bodies.add(withText("purpose", purpose.name()));
        }
        // unicode, and the edges of "blank" as each constraint defines it
        bodies.add(withText("role", "研究者"));
        bodies.add(withText("subject", "住民-0042 😀"));
        bodies.add(object(with("fields", array(List.of("年齢", "フレイル度", "😀")))));
        bodies.add(withText("role", "\u2003")); // not \s for the regex, whitespace for isBlank
        bodies.add(withText("role", "\u001c"));
        bodies.add(withText("role", " x "));
        bodies.add(withText("subject", "\t y\n"));
        bodies.add(withText("subject", "\u00a0"));
        bodies.add(object(with("fields", array(List.of(" age ", "\u00a0", "\u0000", "\u200b", "\t!\n")))));
        bodies.add(object(with("fields", array(List.of("age", "age")))));
        // escapes, raw as a client might send them
        bodies.add(object(with("fields", "[\"\\u0061ge\", \"a\\\"b\", \"line\\nbreak\", \"\\/slash\", \"back\\\\\"]")));
        bodies.add(object(with("role", "\"\\uD83D\\uDE00\"")));
        bodies.add(object(with("role", "\"\\uD800\"")));
        bodies.add(object(with("subject", "\"\\t\\u3042\\r\"")));
        bodies.add(object(with("project", "\"\\u006bashiwanoha-frailty\"")));
        bodies.add(object(with("purpose", "\"RE\\u0053EARCH\"")));
        bodies.add(object(full()).replace("\"project\"", "\"\\u0070roject\""));
        // lengths at the limits
        bodies.add(withText("project", "a".repeat(Ids.MAX_ID_LENGTH)));
        bodies.add(withText("party", "a-".repeat(Ids.MAX_ID_LENGTH / 2 - 1) + "b9"));
        bodies.add(withText("asset", "0"));
        bodies.add(withText("asset", "a-b-c-9"));
        bodies.add(withText("role", "r"));
        bodies.add(withText("role", "r".repeat(200)));
        bodies.add(withText("subject", "s"));
        bodies.add(withText("subject", "s".repeat(2000)));
        bodies.add(withText("subject", "😀".repeat(1000)));
        bodies.add(object(with("fields", array(List.of("f")))));
        bodies.add(object(with("fields", array(List.of("f".repeat(200))))));
        bodies.add(object(with("fields", array(numbered(200, ""))), ",", ":", "{", "}"));
        bodies.add(object(with("fields", array(numbered(200, "x".repeat(190))))));
        return bodies;
    }

    private static List<String> numbered(int count, String prefix) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(prefix + i);
        }
        return items;
    }

    private static List<String> invalidBodies() {
        List<String> bodies = new ArrayList<>();
        String good = object(full());
        // each id broken in turn
        for (String key : List.of("project", "party", "asset")) {
            for (String id : List.of("", "A", "a--b", "-a", "a-", "a_b", "a b", "ａ", "é", " a", "a ", "a\n",
                    "a".repeat(Ids.MAX_ID_LENGTH + 1), "a-".repeat(Ids.MAX_ID_LENGTH / 2) + "b")) {
                bodies.add(withText(key, id));
            }
            for (String json : List.of("1", "true", "null", "[]", "{}", "[\"a\"]", "1.5")) {
                bodies.add(object(with(key, json)));
            }
            bodies.add(object(with(key, null)));
        }
        // role and subject
        for (String key : List.of("role", "subject")) {
            for (String text : List.of("", " ", "\t\n\r\f\u000b", "  \n  ")) {
                bodies.add(withText(key, text));
            }
            for (String json : List.of("1", "false", "[]", "{}", "[\"x\"]", "0.0")) {
                bodies.add(object(with(key, json)));
            }
        }
        bodies.add(withText("role", "r".repeat(201)));
        bodies.add(withText("subject", "s".repeat(2001)));
        // purpose
        for (String text : List.of("research", "Research", "0", "7", "", " ", "UNKNOWN", "RE SEARCH")) {
            bodies.add(withText("purpose", text));
        }
        for (String json : List.of("0", "7", "null", "[]", "{}", "true", "[\"RESEARCH\"]")) {
            bodies.add(object(with("purpose", json)));
        }
        bodies.add(object(with("purpose", null)));
        // fields
        for (String json : List.of("[]", "\"age\"", "null", "{}", "true", "0", "[null]", "[\"age\", null]", "[1]",
                "[[\"age\"]]", "[{}]", "[true]", "[\"\"]", "[\" \"]", "[\"\\u001f\\t\"]", "[\"age\", \"\"]",
                "[\"\\u2003\"]", "[\"\\u3000\"]", "[\"\\u2028\"]", "[\"\\u001c\"]")) {
            bodies.add(object(with("fields", json)));
        }
        bodies.add(object(with("fields", array(List.of("f".repeat(201))))));
        bodies.add(object(with("fields", array(numbered(201, "")))));
        bodies.add(object(with("fields", null)));
        // repeated keys, one at a time, with the same value and with null
        for (Entry entry : full()) {
            List<Entry> twice = full();
            twice.add(entry);
            bodies.add(object(twice));
            List<Entry> nullFirst = full();
            nullFirst.addFirst(e(entry.key(), "null"));
            bodies.add(object(nullFirst));
        }
        // unknown keys
        for (String key : List.of("extra", "Project", "projects", "", "fields ", "purposeKind")) {
            List<Entry> entries = full();
            entries.add(e(key, "\"x\""));
            bodies.add(object(entries));
        }
        // not an object
        for (String root : List.of("[]", "[" + good + "]", "\"x\"", "1", "null", "true", "", "   ", "{}", "{",
                "}", "garbage")) {
            bodies.add(root);
        }
        // trailing content and syntax the general reader refuses
        for (String tail : List.of("x", "{}", ",", "]", "}", "// c", "/* c */", " 1", " null", good)) {
            bodies.add(good + tail);
        }
        bodies.add(good.substring(0, good.length() - 1));
        bodies.add(good.replace("\"", "'"));
        bodies.add(good.replace("\"project\"", "project"));
        bodies.add(good.replace("}", ",}"));
        bodies.add(good.replace("]", ",]"));
        bodies.add(good.replace("{", "{ /* c */ "));
        bodies.add(good.replace("\"age\"", "\"a\\ge\""));
        bodies.add(good.replace("\"age\"", "\"a\tge\""));
        return bodies;
    }

    /** Bodies the general reader accepts only after normalising a value: left to it, so that it stays the judge. */
    private static List<String> normalisedBodies() {
        List<String> bodies = new ArrayList<>();
        for (String text : List.of(" RESEARCH", "RESEARCH ", "RESEARCH\n", "\tRESEARCH", "RESEARCH\u0000")) {
            bodies.add(withText("purpose", text));
        }
        return bodies;
    }

    /** Bodies at the edges of the syntax, whichever way the general reader takes them. */
    private static List<String> edges() {
        String good = object(full());
        return List.of("\uFEFF" + good, good + "\u0000", "\u0000" + good, good + "\uFEFF", good.replace(" ", "\u00a0"),
                good.replace(" ", "\u2028"), object(with("role", "\"\\uDC00\\uD800\"")),
                object(with("role", "1e309")), object(with("fields", "[" + "[".repeat(2000) + "]".repeat(2000) + "]")),
                good.replace("\n", "\r"), good.replace(": ", ":\u000b"), good.replace(": ", ":\f"));
    }

    /** Bodies made from valid ones by a few random edits: of characters, or of one key's value. */
    private static List<String> mutants() {
        Random random = new Random(SEED);
        List<String> valid = validBodies().stream().filter(b -> b.length() < 1000).toList();
        String[] values = {"null", "true", "1", "-0", "1e309", "[]", "{}", "\"\"", "\" \"", "\"A\"", "\"a-\"",
            "\"RESEARCH\"", "\"research\"", "\"kashiwanoha-frailty\"", "[\"age\"]", "[\"\"]", "[null]", "\"\\u0000\"",
            "\"x\"", "\"" + "a".repeat(65) + "\"", "\"" + "a".repeat(64) + "\"", "\"\\u2003\""};
        String[] keys = {"project", "party", "role", "asset", "purpose", "subject", "fields", "extra"};
        String alphabet = "{}[]\",:\\ aA0-_\n\tnul1eé😀/";
        List<String> mutants = new ArrayList<>();
        while (mutants.size() < MUTANTS) {
            String body = valid.get(random.nextInt(valid.size()));
            int edits = 1 + random.nextInt(3);
            for (int k = 0; k < edits; k++) {
                body = random.nextBoolean() ? editChars(body, random, alphabet) : editValue(random, keys, values);
            }
            mutants.add(body);
        }
        return mutants;
    }

    private static String editValue(Random random, String[] keys, String[] values) {
        String key = keys[random.nextInt(keys.length)];
        String value = values[random.nextInt(values.length)];
        List<Entry> entries = with(key, random.nextInt(8) == 0 ? null : value);
        if (key.equals("extra")) {
            entries.add(e(key, value));
        }
        Collections.shuffle(entries, random);
        return object(entries);
    }

    private static String editChars(String body, Random random, String alphabet) {
        if (body.isEmpty()) {
            return String.valueOf(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        int at = random.nextInt(body.length());
        char c = alphabet.charAt(random.nextInt(alphabet.length()));
        return switch (random.nextInt(5)) {
            case 0 -> body.substring(0, at) + body.substring(at + 1);
            case 1 -> body.substring(0, at) + c + body.substring(at);
            case 2 -> body.substring(0, at) + c + body.substring(at + 1);
            case 3 -> {
                int end = Math.min(body.length(), at + 1 + random.nextInt(20));
                yield body.substring(0, end) + body.substring(at, end) + body.substring(end);
            }
            default -> at + 1 < body.length()
                    ? body.substring(0, at) + body.charAt(at + 1) + body.charAt(at) + body.substring(at + 2)
                    : body;
        };
    }

    // ---- the two readers side by side ---------------------------------------------------------------------------

    private static Optional<Representations.DecisionRequest> general(String body) {
        return switch (GENERAL.read(body, Syntax.JSON, Representations.DecisionRequest.class)) {
            case Parsed.Ok<Representations.DecisionRequest> ok -> Optional.of(ok.value());
            case Parsed.Problems<Representations.DecisionRequest> problems -> Optional.empty();
        };
    }

    /** Asserts the one-way equivalence on {@code body}; answers whether the fast reader accepted it. */
    private static boolean fastAgreesWithGeneral(String body) {
        Optional<Representations.DecisionRequest> fast = DecisionRequestReader.read(body);
        if (fast.isPresent()) {
            Optional<Representations.DecisionRequest> general = general(body);
            assertTrue(general.isPresent(), () -> "the fast reader accepted what the general reader refuses: " + body);
            assertEquals(general.get(), fast.get(), () -> "the readers give different records for " + body);
        }
        return fast.isPresent();
    }

    @Test
    void read_whenTheBodyIsPlainlyValid_shouldTakeTheFastPathAndEqualTheGeneralReader() {
        List<String> bodies = validBodies();
        int fast = 0;
        for (String body : bodies) {
            assertTrue(general(body).isPresent(), () -> "the corpus holds a body the general reader refuses: " + body);
            assertTrue(fastAgreesWithGeneral(body), () -> "the fast reader left a valid body to the general one: "
                    + body);
            fast++;
        }
        assertEquals(bodies.size(), fast);
        System.out.printf("DecisionRequestReaderTest: %d valid bodies, %d on the fast path%n", bodies.size(), fast);
    }

    @Test
    void read_whenTheBodyBreaksAnyRule_shouldLeaveItToTheGeneralReader() {
        List<String> bodies = invalidBodies();
        for (String body : bodies) {
            assertFalse(general(body).isPresent(), () -> "the corpus holds a body the general reader accepts: "
                    + body);
            assertFalse(fastAgreesWithGeneral(body), () -> "the fast reader accepted an invalid body: " + body);
        }
        System.out.printf("DecisionRequestReaderTest: %d invalid bodies, none on the fast path%n", bodies.size());
    }

    @Test
    void read_whenTheGeneralReaderWouldNormaliseAValue_shouldLeaveItToTheGeneralReader() {
        for (String body : normalisedBodies()) {
            assertTrue(general(body).isPresent(), () -> "the general reader does not normalise " + body);
            assertFalse(fastAgreesWithGeneral(body), () -> "the fast reader accepted a body to normalise: " + body);
        }
    }

    @Test
    void read_whenValidBodiesAreMutatedAtRandom_shouldAcceptOnlyWhatTheGeneralReaderAcceptsAlike() {
        int fast = 0;
        int general = 0;
        List<String> mutants = mutants();
        mutants.addAll(edges());
        for (String body : mutants) {
            if (fastAgreesWithGeneral(body)) {
                fast++;
            }
            if (general(body).isPresent()) {
                general++;
            }
        }
        // the generator reaches both sides, so the agreement above was tested on accepted bodies too
        assertTrue(fast > 100, "fast path taken " + fast + " times");
        assertTrue(mutants.size() - general > 100, "general reader refused " + (mutants.size() - general));
        assertTrue(fast <= general);
        System.out.printf("DecisionRequestReaderTest: %d mutated and edge bodies, %d accepted by the general reader, %d on the"
                + " fast path%n", mutants.size(), general, fast);
    }

    // ---- the char loops equal what they replace ---------------------------------------------------------------

    @Test
    void isKebabCase_whenGivenEveryShortStringOverItsAlphabet_shouldEqualTheRegex() {
        String alphabet = "az09-A_";
        List<String> strings = new ArrayList<>(List.of(""));
        List<String> layer = List.of("");
        for (int length = 1; length <= 5; length++) {
            List<String> next = new ArrayList<>();
            for (String prefix : layer) {
                for (char c : alphabet.toCharArray()) {
                    next.add(prefix + c);
                }
            }
            strings.addAll(next);
            layer = next;
        }
        Random random = new Random(SEED);
        for (int i = 0; i < 5000; i++) {
            StringBuilder b = new StringBuilder();
            int length = Ids.MAX_ID_LENGTH - 2 + random.nextInt(5);
            for (int k = 0; k < length; k++) {
                b.append(random.nextInt(10) == 0 ? '-' : (char) ('a' + random.nextInt(26)));
            }
            strings.add(b.toString());
        }
        for (String value : strings) {
            assertEquals(Ids.isKebabCase(value), DecisionRequestReader.isKebabCase(value), value);
        }
    }

    @Test
    void notBlankChecks_whenGivenEveryCharAndMixes_shouldEqualThePatternAndHibernatesNotBlank() throws Exception {
        jakarta.validation.constraints.Pattern annotation = Representations.DecisionRequest.class
                .getDeclaredMethod("role").getAnnotation(jakarta.validation.constraints.Pattern.class);
        Pattern notBlank = Pattern.compile(annotation.regexp());
        assertEquals(notBlank.pattern(), Representations.DecisionRequest.class.getDeclaredMethod("subject")
                .getAnnotation(jakarta.validation.constraints.Pattern.class).regexp());
        NotBlankValidator hibernate = new NotBlankValidator();
        for (String value : samples()) {
            assertEquals(notBlank.matcher(value).matches(), DecisionRequestReader.hasNonSpace(value),
                    () -> "pattern on " + value.codePoints().boxed().toList());
            assertEquals(hibernate.isValid(value, null), !value.isBlank(),
                    () -> "@NotBlank on " + value.codePoints().boxed().toList());
        }
    }

    /** Every single char, and random mixes of whitespace of every kind, surrogates and letters. */
    private static List<String> samples() {
        List<String> samples = new ArrayList<>(List.of(""));
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            samples.add(String.valueOf((char) c));
        }
        String mix = " \t\n\u000b\f\r\u001c\u001f\u0085\u00a0\u2003\u2028\u3000\ud800\udc00x";
        Random random = new Random(SEED);
        for (int i = 0; i < 20000; i++) {
            StringBuilder b = new StringBuilder();
            int length = 1 + random.nextInt(4);
            for (int k = 0; k < length; k++) {
                b.append(mix.charAt(random.nextInt(mix.length())));
            }
            samples.add(b.toString());
        }
        return samples;
    }

    @Test
    void limits_whenReadFromTheRecordsAnnotations_shouldEqualTheFastReadersConstants() throws Exception {
        Class<Representations.DecisionRequest> type = Representations.DecisionRequest.class;
        assertSize(type.getDeclaredMethod("role").getAnnotation(Size.class), 1,
                DecisionRequestReader.MAX_ROLE_LENGTH);
        assertSize(type.getDeclaredMethod("subject").getAnnotation(Size.class), 1,
                DecisionRequestReader.MAX_SUBJECT_LENGTH);
        assertSize(type.getDeclaredMethod("fields").getAnnotation(Size.class), 1, DecisionRequestReader.MAX_FIELDS);
        AnnotatedType element = assertInstanceOf(AnnotatedParameterizedType.class,
                type.getDeclaredMethod("fields").getAnnotatedReturnType()).getAnnotatedActualTypeArguments()[0];
        assertSize(element.getAnnotation(Size.class), 0, DecisionRequestReader.MAX_FIELD_LENGTH);
        for (String id : List.of("project", "party", "asset")) {
            assertEquals(Ids.KEBAB_CASE_REGEX, type.getDeclaredMethod(id)
                    .getAnnotation(jakarta.validation.constraints.Pattern.class).regexp());
            assertSize(type.getDeclaredMethod(id).getAnnotation(Size.class), 0, Ids.MAX_ID_LENGTH);
        }
    }

    private static void assertSize(Size size, int min, int max) {
        assertEquals(min, size.min());
        assertEquals(max, size.max());
    }

    @Test
    void stripped_whenGivenRandomFieldLists_shouldEqualTheStreamItReplacesInOrderToo() {
        Random random = new Random(SEED);
        String[] pool = {"age", " age", "age ", "frailty-score", "\tx\n", "年齢", "b", "c", "d", "e", "f", "g"};
        for (int i = 0; i < 2000; i++) {
            List<String> fields = new ArrayList<>();
            int size = 1 + random.nextInt(12);
            for (int k = 0; k < size; k++) {
                fields.add(pool[random.nextInt(pool.length)]);
            }
            Set<String> expected = Set.copyOf(fields.stream().map(String::strip).toList());
            Set<String> actual = LinkageDecisionResource.stripped(fields);
            assertEquals(expected, actual);
            assertEquals(List.copyOf(expected), List.copyOf(actual));
        }
    }
}
