package org.citygov.application.input;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;

/**
 * CityGov's own sentence for a JSON syntax error, in place of the parser's explanation: one kind per mistake a person
 * makes when writing JSON by hand, each with the line and column where the parser stopped (for an object or list that
 * is never closed, where it was opened). The sentences are the {@code input.json.*} patterns of
 * {@code problems.properties}, which {@code DomainTexts} renders in Japanese from {@code problems_ja.properties}.
 *
 * <table>
 *   <caption>Kinds</caption>
 *   <tr><th>The parser met</th><th>Sentence</th></tr>
 *   <tr><td>the end inside a string</td><td>a string is not closed</td></tr>
 *   <tr><td>the end inside an object / a list</td><td>the object / list opened at … is not closed</td></tr>
 *   <tr><td>the end elsewhere</td><td>the text ends before the document does</td></tr>
 *   <tr><td>a character where a field name must start</td><td>expected a field name in double quotes</td></tr>
 *   <tr><td>a character where a comma must be</td><td>expected a comma or the end of the object / list</td></tr>
 *   <tr><td>a character where the colon must be</td><td>expected a colon after the field name</td></tr>
 *   <tr><td>a closing bracket that closes nothing open</td><td>the closing bracket does not match</td></tr>
 *   <tr><td>a malformed number</td><td>a number is malformed</td></tr>
 *   <tr><td>a bare word other than true, false, null</td><td>unrecognized word</td></tr>
 *   <tr><td>a control character inside a string</td><td>a control character inside a string</td></tr>
 *   <tr><td>an unknown backslash escape</td><td>an unknown escape inside a string</td></tr>
 *   <tr><td>any other character</td><td>unexpected character</td></tr>
 * </table>
 */
final class JsonSyntaxError {

    private static final Pattern CHARACTER = Pattern.compile("\\(code (\\d+)\\)");
    private static final Pattern CLOSE = Pattern.compile("close marker '(.)'");
    private static final Pattern TOKEN = Pattern.compile("token '([^']*)'");

    private JsonSyntaxError() {
    }

    /** The sentence for {@code e}, met by {@code parser} (null if the parser could not be made). */
    static String describe(JsonProcessingException e, JsonParser parser) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String lower = original.toLowerCase(Locale.ROOT);
        JsonLocation at = e.getLocation();
        String where = at == null ? "line ?, column ?" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
        if (e instanceof JsonEOFException eof) {
            JsonStreamContext context = parser == null ? null : parser.getParsingContext();
            if (eof.getTokenBeingDecoded() == JsonToken.VALUE_STRING || lower.contains("closing quote")
                    || lower.contains("in field name")) {
                return "not valid JSON: a string is not closed: its closing double quote is missing (" + where + ")";
            }
            if (context != null && (context.inObject() || context.inArray())) {
                JsonLocation start = context.startLocation(null);
                String opened = "line " + start.getLineNr() + ", column " + start.getColumnNr();
                return context.inObject()
                        ? "not valid JSON: the object opened at " + opened + " is not closed with a closing brace"
                        : "not valid JSON: the list opened at " + opened + " is not closed with a closing bracket";
            }
            return "not valid JSON: the text ends before the document does (" + where + ")";
        }
        String found = found(original);
        if (lower.startsWith("unexpected close marker")) {
            Matcher m = CLOSE.matcher(original);
            String bracket = m.find() ? "\"" + m.group(1) + "\"" : "?";
            return "not valid JSON: the closing bracket " + bracket + " does not close what is open (" + where + ")";
        }
        if (lower.contains("numeric value") || lower.contains("leading zero") || lower.contains("number")
                && !lower.contains("json string, number")) {
            return "not valid JSON: a number is malformed (" + where + "); write digits with an optional sign,"
                    + " decimal point and exponent, without leading zeros";
        }
        if (lower.startsWith("unrecognized token")) {
            Matcher m = TOKEN.matcher(original);
            String word = m.find() ? "\"" + m.group(1) + "\"" : "?";
            return "not valid JSON: unrecognized word " + word + " (" + where + "); a value is a text in double"
                    + " quotes, a number, an object, a list, true, false or null";
        }
        if (lower.startsWith("illegal unquoted character")) {
            return "not valid JSON: a control character inside a string (" + where + "); write a line break as \\n"
                    + " and a tab as \\t";
        }
        if (lower.startsWith("unrecognized character escape")) {
            return "not valid JSON: an unknown escape " + (found == null ? "?" : "\"\\" + found.substring(1))
                    + " inside a string (" + where + ")";
        }
        String shown = found == null ? "?" : found;
        if (lower.contains("double-quote to start field name")) {
            return "not valid JSON: expected a field name in double quotes, found " + shown + " (" + where + ")";
        }
        if (lower.contains("separate object entries")) {
            return "not valid JSON: expected a comma or the end of the object, found " + shown + " (" + where + ")";
        }
        if (lower.contains("separate array entries")) {
            return "not valid JSON: expected a comma or the end of the list, found " + shown + " (" + where + ")";
        }
        if (lower.contains("colon")) {
            return "not valid JSON: expected a colon after the field name, found " + shown + " (" + where + ")";
        }
        if (found != null) {
            return "not valid JSON: unexpected character " + shown + " (" + where + ")";
        }
        return "not valid JSON: the syntax is broken here (" + where + ")";
    }

    /** The character the parser names by its code, quoted, or U+XXXX when it is not printable. */
    private static String found(String message) {
        Matcher m = CHARACTER.matcher(message);
        if (!m.find()) {
            return null;
        }
        int code = Integer.parseInt(m.group(1));
        if (code < 0x21 || code == 0x7f || !Character.isValidCodePoint(code)) {
            return String.format(Locale.ROOT, "U+%04X", code);
        }
        return "\"" + new String(Character.toChars(code)) + "\"";
    }
}
