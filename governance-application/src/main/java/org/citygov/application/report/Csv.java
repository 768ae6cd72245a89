package org.citygov.application.report;

import java.util.List;

/**
 * Comma-separated values as RFC 4180 writes them, which spreadsheets and pandas read: a header row, records ended by
 * CRLF, a field quoted (its quotes doubled) when it holds a comma, a quote, a line break or leading or trailing
 * spaces; an absent value is an empty field.
 */
public final class Csv {

    private Csv() {
    }

    /** One record: the fields in order, each written by {@link #field(Object)}, ended by CRLF. */
    public static String row(List<?> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(fields.get(i)));
        }
        return line.append("\r\n").toString();
    }

    /** A whole table: the header row, then one record per row. */
    public static String table(List<String> header, List<? extends List<?>> rows) {
        StringBuilder table = new StringBuilder(row(header));
        rows.forEach(r -> table.append(row(r)));
        return table.toString();
    }

    /** One field: empty for null, else the value's text, quoted when RFC 4180 requires it. */
    public static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                || (!text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                || Character.isWhitespace(text.charAt(text.length() - 1))));
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
