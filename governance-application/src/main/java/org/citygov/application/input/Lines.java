package org.citygov.application.input;

import java.util.Map;
import java.util.OptionalInt;

/**
 * Where each field of a document starts, by path ({@code services[0].field}). Checks made after parsing (the domain's
 * invariants) use it to tell the user the line of the field they name.
 */
public final class Lines {

    private static final Lines NONE = new Lines(Map.of());

    private final Map<String, Integer> byPath;

    Lines(Map<String, Integer> byPath) {
        this.byPath = Map.copyOf(byPath);
    }

    /** For values that did not come from a file. */
    public static Lines none() {
        return NONE;
    }

    /** The line of the field at {@code path}, or of the nearest enclosing field the document has. */
    public OptionalInt of(String path) {
        String current = path;
        while (!current.isEmpty()) {
            Integer line = byPath.get(current);
            if (line != null) {
                return OptionalInt.of(line);
            }
            current = parent(current);
        }
        return OptionalInt.empty();
    }

    /** A problem at {@code path}, located. */
    public Problem problem(String path, String message) {
        return new Problem(path, of(path), message);
    }

    private static String parent(String path) {
        if (path.endsWith("]")) {
            return path.substring(0, path.lastIndexOf('['));
        }
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }
}
