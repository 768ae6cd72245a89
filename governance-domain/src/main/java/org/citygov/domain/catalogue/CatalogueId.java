package org.citygov.domain.catalogue;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Identifies an entry of a catalogue edition: kebab-case, where a version number may keep its dots
 * ({@code appi}, {@code camera-image-guidebook-3}, {@code mhlw-medical-information-safety-5.2}).
 */
public record CatalogueId(String value) implements Comparable<CatalogueId> {

    public static final Pattern FORMAT = Pattern.compile("[a-z0-9]+(?:[-.][a-z0-9]+)*");
    public static final int MAX_LENGTH = 64;

    public CatalogueId {
        Objects.requireNonNull(value, "catalogue id");
        if (!isValid(value)) {
            throw new IllegalArgumentException("a catalogue id is kebab-case (lower-case letters and digits joined by"
                    + " hyphens, dots allowed in version numbers, at most " + MAX_LENGTH + " characters), got \""
                    + value + "\"");
        }
    }

    public static boolean isValid(String value) {
        return value != null && value.length() <= MAX_LENGTH && FORMAT.matcher(value).matches();
    }

    public static CatalogueId of(String value) {
        return new CatalogueId(value);
    }

    @Override
    public int compareTo(CatalogueId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
