package org.citygov.application.input;

import java.util.Locale;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * CityGov's own sentence for a YAML syntax error, in place of the YAML parser's explanation (which is English and
 * quotes the offending line): one kind per mistake a person makes when writing YAML by hand, each with the line and
 * column where the parser stopped (for a bracket never closed, where it was opened). The sentences are the
 * {@code input.yaml.*} patterns of {@code problems.properties}, which {@code DomainTexts} renders in Japanese.
 *
 * <table>
 *   <caption>Kinds</caption>
 *   <tr><th>The parser met</th><th>Sentence</th></tr>
 *   <tr><td>a tab where a token must start</td><td>a tab; indent with spaces</td></tr>
 *   <tr><td>a second ": " where a value was expected</td><td>a value that holds ": " must be in quotes</td></tr>
 *   <tr><td>a line that is neither a key nor a list item</td><td>a key without its colon</td></tr>
 *   <tr><td>the end of a flow list / mapping not found</td><td>the list / mapping opened at … is not closed</td></tr>
 *   <tr><td>the end of the text inside a quoted text</td><td>a quoted text is not closed</td></tr>
 *   <tr><td>a line indented unlike its neighbours</td><td>the indentation does not match</td></tr>
 *   <tr><td>anything else</td><td>the syntax is broken here</td></tr>
 * </table>
 */
final class YamlSyntaxError {

    private YamlSyntaxError() {
    }

    /** The sentence for {@code e}, a YAML parser's refusal. */
    static String describe(JsonProcessingException e) {
        MarkedYAMLException marked = marked(e);
        String problem = marked == null || marked.getProblem() == null ? ""
                : marked.getProblem().toLowerCase(Locale.ROOT);
        String context = marked == null || marked.getContext() == null ? ""
                : marked.getContext().toLowerCase(Locale.ROOT);
        String where = where(marked, e);
        if (problem.contains("cannot start any token") && problem.contains("\\t")) {
            return "not valid YAML: a tab (" + where + "); indent with spaces";
        }
        if (problem.contains("mapping values are not allowed here")) {
            return "not valid YAML: a second \": \" where a value was expected (" + where + "); put a value that"
                    + " holds \": \" in quotes";
        }
        if (problem.contains("could not find expected ':'")) {
            return "not valid YAML: a line that is neither a key with its colon nor a list item (" + where + ")";
        }
        if (problem.contains("expected ',' or ']'")) {
            return "not valid YAML: the list opened at " + opened(marked, where) + " is not closed with a closing"
                    + " bracket";
        }
        if (problem.contains("expected ',' or '}'")) {
            return "not valid YAML: the mapping opened at " + opened(marked, where) + " is not closed with a closing"
                    + " brace";
        }
        if (context.contains("quoted scalar") || problem.contains("end of stream") && context.contains("scalar")) {
            return "not valid YAML: a quoted text is not closed: its closing quote is missing (" + where + ")";
        }
        if (problem.contains("expected <block end>") || problem.contains("expected <block mapping key>")) {
            return "not valid YAML: the indentation does not match the lines before it (" + where + ")";
        }
        return "not valid YAML: the syntax is broken here (" + where + ")";
    }

    /** The line where the parser stopped, 1-based; none if it says nothing. */
    static java.util.OptionalInt line(JsonProcessingException e) {
        MarkedYAMLException marked = marked(e);
        if (marked != null && marked.getProblemMark() != null) {
            return java.util.OptionalInt.of(marked.getProblemMark().getLine() + 1);
        }
        int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
        return line > 0 ? java.util.OptionalInt.of(line) : java.util.OptionalInt.empty();
    }

    private static MarkedYAMLException marked(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException m) {
                return m;
            }
        }
        return null;
    }

    private static String where(MarkedYAMLException marked, JsonProcessingException e) {
        if (marked != null && marked.getProblemMark() != null) {
            return at(marked.getProblemMark());
        }
        JsonLocation at = e.getLocation();
        return at == null ? "line ?, column ?" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    private static String opened(MarkedYAMLException marked, String otherwise) {
        return marked != null && marked.getContextMark() != null ? at(marked.getContextMark()) : otherwise;
    }

    private static String at(Mark mark) {
        return "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
    }
}
