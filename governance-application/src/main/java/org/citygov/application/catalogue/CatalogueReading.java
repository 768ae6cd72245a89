package org.citygov.application.catalogue;

import java.util.List;
import java.util.Objects;

import org.citygov.application.input.Problem;
import org.citygov.domain.catalogue.CatalogueEdition;

/** What reading a catalogue file gave: a whole, consistent edition, or every problem found in the file. */
public sealed interface CatalogueReading {

    record Valid(CatalogueEdition edition) implements CatalogueReading {
        public Valid {
            Objects.requireNonNull(edition, "edition");
        }
    }

    record Invalid(List<Problem> problems) implements CatalogueReading {
        public Invalid {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("an invalid reading names at least one problem");
            }
        }
    }
}
