package org.citygov.application.report.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Reads a bundle file of CityGov's texts as UTF-8 (the Japanese files hold Japanese characters as they are, not as
 * {@code \\u} escapes). A file missing from the classpath is a defect of the build and throws.
 */
public final class BundleFiles {

    private BundleFiles() {
    }

    /** The properties of {@code file}, a classpath resource path such as {@code org/citygov/x/texts_ja.properties}. */
    public static Properties load(String file) {
        Properties properties = new Properties();
        try (InputStream in = BundleFiles.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is not on the classpath");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
