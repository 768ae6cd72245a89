package org.citygov.domain.catalogue;

import org.citygov.domain.shared.Ids;

/** Identifies an entry of a catalogue edition (kebab-case, e.g. {@code appi}, {@code camera-image-guidebook-3}). */
public record CatalogueId(String value) implements Comparable<CatalogueId> {
    public CatalogueId {
        Ids.requireKebabCase(value, "catalogue id");
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
