package org.citygov.domain.catalogue;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.citygov.domain.data.DataCategory;
import org.citygov.domain.shared.Ids;

/**
 * A kind of data in the "data used" column of Table 5-3 (camera images, position information, …), with the data
 * categories that count as it. The mapping is edition data.
 */
public record SoftLawTopic(CatalogueId id, Label label, Set<DataCategory> dataCategories, String source) {
    public SoftLawTopic {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        dataCategories = dataCategories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(dataCategories));
        source = Ids.requireText(source, "source");
    }

    public boolean covers(DataCategory category) {
        return dataCategories.contains(category);
    }
}
