package org.citygov.domain.catalogue;

import java.util.Objects;

/**
 * When a binding law applies: to projects with a service in its area (Table 5-2), or to every project that handles
 * personal data (the Act on the Protection of Personal Information and Civil Code Art. 709, 5.2 and 5.3 (1)).
 */
public sealed interface LawScope {

    /** Applies to projects with a service in the area. */
    record InArea(CatalogueId area) implements LawScope {
        public InArea {
            Objects.requireNonNull(area, "area");
        }
    }

    /** Applies to every project whose data assets include personal data. */
    record PersonalData() implements LawScope {
    }

    static LawScope inArea(CatalogueId area) {
        return new InArea(area);
    }

    static LawScope personalData() {
        return new PersonalData();
    }
}
