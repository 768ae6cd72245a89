package org.citygov.application.input;

import java.nio.file.Path;
import java.util.Locale;

/** The two notations a document may be written in. JSON is canonical; YAML carries the same structure. */
public enum Syntax {
    JSON,
    YAML;

    /** YAML for a {@code .yaml} or {@code .yml} name, JSON otherwise. */
    public static Syntax of(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") ? YAML : JSON;
    }
}
