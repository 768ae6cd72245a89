package org.citygov.adapter.cli;

import java.nio.file.Path;

import org.citygov.adapter.cli.root.CompositionRoot;

/**
 * Where CityGov keeps its embedded database and API tokens unless told otherwise: {@code $CITYGOV_DATA}, else
 * {@code ~/.citygov/data}.
 */
final class DataDirectory {

    private DataDirectory() {
    }

    static Path defaultDirectory() {
        String override = System.getenv("CITYGOV_DATA");
        return override != null && !override.isBlank() ? Path.of(override)
                : CompositionRoot.defaultDataDirectory();
    }
}
