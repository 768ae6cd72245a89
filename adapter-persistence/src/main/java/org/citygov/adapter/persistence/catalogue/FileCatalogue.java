package org.citygov.adapter.persistence.catalogue;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.citygov.application.catalogue.CatalogueLoader;
import org.citygov.application.catalogue.CatalogueReading;
import org.citygov.application.input.Problem;
import org.citygov.application.port.out.Catalogue;
import org.citygov.domain.catalogue.CatalogueEdition;

/**
 * An edition a city supplies as a file (JSON or YAML, {@code citygov-catalogue/1}): its ordinances, amended laws or
 * regrouped areas. The file is read and checked once, when opened; a file with problems gives no catalogue.
 */
public final class FileCatalogue implements Catalogue {

    private final Path file;
    private final CatalogueEdition edition;

    private FileCatalogue(Path file, CatalogueEdition edition) {
        this.file = file;
        this.edition = edition;
    }

    /** The catalogue in {@code file}, or every problem found in it. */
    public static Opened open(Path file) {
        Objects.requireNonNull(file, "file");
        return switch (new CatalogueLoader().read(file)) {
            case CatalogueReading.Valid valid -> new Opened.Ok(new FileCatalogue(file, valid.edition()));
            case CatalogueReading.Invalid invalid -> new Opened.Problems(invalid.problems());
        };
    }

    @Override
    public CatalogueEdition edition() {
        return edition;
    }

    public Path file() {
        return file;
    }

    /** The outcome of opening a catalogue file. */
    public sealed interface Opened {
        record Ok(Catalogue catalogue) implements Opened {
        }

        record Problems(List<Problem> problems) implements Opened {
            public Problems {
                problems = List.copyOf(problems);
            }
        }
    }
}
