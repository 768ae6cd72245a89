package org.citygov.adapter.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads RFC 4180 CSV strictly, as a check of what the commands write: CRLF between records, quoted fields with
 * doubled quotes; a stray quote or a record of the wrong width fails.
 */
final class CsvRecords {

    private CsvRecords() {
    }

    /** Every record, the header first. */
    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        boolean fieldStarted = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!fieldStarted && c == '"') {
                i++;
                while (true) {
                    if (i >= text.length()) {
                        throw new IllegalArgumentException("unterminated quoted field");
                    }
                    char q = text.charAt(i);
                    if (q == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                    } else if (q == '"') {
                        i++;
                        break;
                    } else {
                        field.append(q);
                        i++;
                    }
                }
                fieldStarted = true;
                if (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\r') {
                    throw new IllegalArgumentException("text after a quoted field at " + i);
                }
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                i++;
            } else if (c == '\r') {
                if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                    throw new IllegalArgumentException("CR without LF at " + i);
                }
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                records.add(record);
                record = new ArrayList<>();
                i += 2;
            } else if (c == '"' || c == '\n') {
                throw new IllegalArgumentException("unquoted " + (c == '"' ? "quote" : "LF") + " at " + i);
            } else {
                field.append(c);
                fieldStarted = true;
                i++;
            }
        }
        if (fieldStarted || !record.isEmpty()) {
            throw new IllegalArgumentException("the last record does not end with CRLF");
        }
        int width = records.isEmpty() ? 0 : records.getFirst().size();
        for (List<String> r : records) {
            if (r.size() != width) {
                throw new IllegalArgumentException("a record of " + r.size() + " fields, the header has " + width);
            }
        }
        return records;
    }

    /** The records after the header, each as a map from column name to value. */
    static List<Map<String, String>> rows(String text) {
        List<List<String>> records = parse(text);
        List<String> header = records.getFirst();
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c), record.get(c));
            }
            rows.add(row);
        }
        return rows;
    }
}
