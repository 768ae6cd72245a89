package org.citygov.domain.catalogue;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.citygov.domain.project.Site;
import org.citygov.domain.shared.Ids;

/**
 * A binding law or ordinance of an edition, with when it applies and the table or section it comes from. A law of an
 * area may be tied to places ({@code sites}, e.g. the River Act to {@link Site#RIVER}): it then applies only to a
 * service of its area that operates at one of them (see {@link org.citygov.domain.law.Applicability}).
 */
public record Law(CatalogueId id, Label label, LawScope scope, String source, Set<Site> sites) {
    public Law {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(scope, "scope");
        source = Ids.requireText(source, "source");
        sites = sites.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sites));
    }

    /** A law tied to no place. */
    public Law(CatalogueId id, Label label, LawScope scope, String source) {
        this(id, label, scope, source, Set.of());
    }

    /** Whether the law applies only where a service operates at one of its sites. */
    public boolean isPlaceTied() {
        return !sites.isEmpty();
    }
}
