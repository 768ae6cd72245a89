package org.citygov.adapter.rest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import org.citygov.application.input.DocumentReader;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.shared.Ids;

/**
 * The hot path of {@code POST /linkage-decisions}: reads a {@link Representations.DecisionRequest} in one pass of
 * Jackson's streaming parser, and only when the body is plainly valid. On anything else it reads nothing and the
 * caller falls back to the general {@link DocumentReader}, so that every error (its message, path, line and status)
 * is exactly the general reader's. Accepting is allowed only where the general reader would accept the same text
 * and give an equal record; {@code DecisionRequestReaderTest} holds the two readers side by side.
 *
 * <p>What is accepted, field by field (each is what the record's annotations state, checked as the general reader
 * checks it):
 * <table>
 *   <caption>Accepted values</caption>
 *   <tr><th>field</th><th>accepted</th><th>annotation it equals</th></tr>
 *   <tr><td>project, party, asset</td><td>a string, 1..64 chars of {@code [a-z0-9-]}, no leading, trailing or
 *       doubled hyphen</td><td>{@code @NotNull @Pattern(Ids.KEBAB_CASE_REGEX) @Size(max = 64)}</td></tr>
 *   <tr><td>role</td><td>absent, null, or a string of 1..200 chars with one char not in
 *       {@code [ \t\n\x0B\f\r]}</td><td>{@code @Size(min = 1, max = 200) @Pattern("(?s).*\S.*")}</td></tr>
 *   <tr><td>subject</td><td>as role, 1..2000 chars</td><td>{@code @Size(min = 1, max = 2000)
 *       @Pattern("(?s).*\S.*")}</td></tr>
 *   <tr><td>purpose</td><td>a string equal to a {@link PurposeKind} constant's name</td><td>{@code @NotNull},
 *       Jackson's enum by name (no case folding, trimming or index is accepted here)</td></tr>
 *   <tr><td>fields</td><td>an array of 1..200 strings, each of at most 200 chars and not {@link String#isBlank()} (what
 *       Hibernate Validator 9's {@code @NotBlank} checks)</td>
 *       <td>{@code @Size(min = 1, max = 200) List<@NotBlank @Size(max = 200) String>}</td></tr>
 * </table>
 * Anything else falls back: a root that is not an object, an unknown or repeated key, a required field missing, a
 * value of another JSON type (null in a required field or in {@code fields} included), a syntax error, trailing
 * content. The syntax is the general reader's: the same Jackson factory defaults (no comments, no single quotes).
 */
final class DecisionRequestReader {

    static final int MAX_ROLE_LENGTH = 200;
    static final int MAX_SUBJECT_LENGTH = 2000;
    static final int MAX_FIELDS = 200;
    static final int MAX_FIELD_LENGTH = 200;

    private static final JsonFactory JSON = JsonFactory.builder().build();

    /** The constants by {@link Enum#name()}: what Jackson's default enum reading accepts without any folding. */
    private static final Map<String, PurposeKind> PURPOSES = purposes();

    private static final int PROJECT = 1;
    private static final int PARTY = 1 << 1;
    private static final int ROLE = 1 << 2;
    private static final int ASSET = 1 << 3;
    private static final int PURPOSE = 1 << 4;
    private static final int SUBJECT = 1 << 5;
    private static final int FIELDS = 1 << 6;
    private static final int REQUIRED = PROJECT | PARTY | ASSET | PURPOSE | FIELDS;

    private DecisionRequestReader() {
    }

    /** The request, when {@code text} is a plainly valid body; empty means "ask the general reader". */
    static Optional<Representations.DecisionRequest> read(String text) {
        if (text.length() > DocumentReader.MAX_BYTES) {
            return Optional.empty();
        }
        try (JsonParser parser = JSON.createParser(text)) {
            return Optional.ofNullable(object(parser));
        } catch (IOException e) {
            // a syntax error or a limit of the parser: the general reader words it
            return Optional.empty();
        }
    }

    /** The record, or null at the first thing that is not plainly valid. */
    private static Representations.DecisionRequest object(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        String project = null;
        String party = null;
        String role = null;
        String asset = null;
        PurposeKind purpose = null;
        String subject = null;
        List<String> fields = null;
        int seen = 0;
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            int bit = bit(name);
            if (bit == 0 || (seen & bit) != 0) {
                return null;
            }
            seen |= bit;
            JsonToken value = parser.nextToken();
            // null is what an absent role or subject reads as; a repeated key is refused all the same
            boolean accepted = switch (bit) {
                case PROJECT -> (project = kebab(parser, value)) != null;
                case PARTY -> (party = kebab(parser, value)) != null;
                case ASSET -> (asset = kebab(parser, value)) != null;
                case PURPOSE -> (purpose = purpose(parser, value)) != null;
                case ROLE -> value == JsonToken.VALUE_NULL || (role = text(parser, value, MAX_ROLE_LENGTH)) != null;
                case SUBJECT -> value == JsonToken.VALUE_NULL
                        || (subject = text(parser, value, MAX_SUBJECT_LENGTH)) != null;
                default -> (fields = fields(parser, value)) != null;
            };
            if (!accepted) {
                return null;
            }
        }
        if (token != JsonToken.END_OBJECT || (seen & REQUIRED) != REQUIRED || parser.nextToken() != null) {
            return null;
        }
        return new Representations.DecisionRequest(project, party, role, asset, purpose, subject, fields);
    }

    /** The key's bit, or 0 for a key the record does not have. */
    private static int bit(String name) {
        return switch (name) {
            case "project" -> PROJECT;
            case "party" -> PARTY;
            case "role" -> ROLE;
            case "asset" -> ASSET;
            case "purpose" -> PURPOSE;
            case "subject" -> SUBJECT;
            case "fields" -> FIELDS;
            default -> 0;
        };
    }

    private static PurposeKind purpose(JsonParser parser, JsonToken value) throws IOException {
        return value == JsonToken.VALUE_STRING ? PURPOSES.get(parser.getText()) : null;
    }

    private static String kebab(JsonParser parser, JsonToken value) throws IOException {
        if (value != JsonToken.VALUE_STRING) {
            return null;
        }
        String text = parser.getText();
        return isKebabCase(text) ? text : null;
    }

    /** A string of 1..max chars that {@code (?s).*\S.*} matches, or null. */
    private static String text(JsonParser parser, JsonToken value, int max) throws IOException {
        if (value != JsonToken.VALUE_STRING) {
            return null;
        }
        String text = parser.getText();
        return !text.isEmpty() && text.length() <= max && hasNonSpace(text) ? text : null;
    }

    /** 1..200 strings, each {@code @NotBlank @Size(max = 200)}, or null. */
    private static List<String> fields(JsonParser parser, JsonToken value) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            return null;
        }
        List<String> fields = new ArrayList<>(); // what Jackson gives the general reader's record
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
            String field = parser.getText();
            if (fields.size() == MAX_FIELDS || field.length() > MAX_FIELD_LENGTH || field.isBlank()) {
                return null;
            }
            fields.add(field);
        }
        return token == JsonToken.END_ARRAY && !fields.isEmpty() ? fields : null;
    }

    /**
     * Whether {@code value} matches {@link Ids#KEBAB_CASE_REGEX} ({@code [a-z0-9]+(?:-[a-z0-9]+)*}) and is at most
     * {@link Ids#MAX_ID_LENGTH} long. The regex's strings are exactly the non-empty strings over {@code [a-z0-9-]}
     * that neither start nor end with a hyphen and hold no two hyphens in a row: each hyphen of such a string has a
     * run of letters and digits on both sides, and conversely each run is one {@code [a-z0-9]+}.
     */
    static boolean isKebabCase(String value) {
        int length = value.length();
        if (length == 0 || length > Ids.MAX_ID_LENGTH) {
            return false;
        }
        char previous = '-';
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c == '-') {
                if (previous == '-') {
                    return false;
                }
            } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
            previous = c;
        }
        return previous != '-';
    }

    /**
     * Whether {@code (?s).*\S.*} matches: one char outside Java regex's {@code \s} ({@code [ \t\n\x0B\f\r]}, no
     * Unicode classes without the flag). These six are single BMP chars, so a code point is among them exactly when
     * its char is, and a surrogate is never among them.
     */
    static boolean hasNonSpace(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (!RegexSpace.is(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, PurposeKind> purposes() {
        Map<String, PurposeKind> byName = new HashMap<>();
        for (PurposeKind kind : PurposeKind.values()) {
            byName.put(kind.name(), kind);
        }
        return Map.copyOf(byName);
    }
}
