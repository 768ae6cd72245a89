package org.citygov.adapter.cli;

import java.nio.file.Path;

/** Where the server and the token commands keep their files unless told otherwise: {@code ~/.citygov}. */
final class DataDirectory {

    private DataDirectory() {
    }

    static Path defaultDirectory() {
        String override = System.getenv("CITYGOV_DATA");
        return override != null && !override.isBlank() ? Path.of(override)
                : Path.of(System.getProperty("user.home"), ".citygov");
    }
}
