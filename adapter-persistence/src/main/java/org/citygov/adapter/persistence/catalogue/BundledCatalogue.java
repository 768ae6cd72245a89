package org.citygov.adapter.persistence.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.citygov.application.catalogue.CatalogueLoader;
import org.citygov.application.catalogue.CatalogueReading;
import org.citygov.application.input.Syntax;
import org.citygov.application.port.out.Catalogue;
import org.citygov.domain.catalogue.CatalogueEdition;

/**
 * An edition CityGov ships with ({@link CatalogueLoader#BUNDLED_EDITIONS}): the default one
 * ({@value CatalogueLoader#DEFAULT_EDITION}) or an earlier one chosen by name. Each is read from the classpath once
 * and checked like any catalogue file; a bundled edition that does not read is a defect of the build, not a user
 * error.
 */
public final class BundledCatalogue implements Catalogue {

    private static final Map<String, CatalogueEdition> LOADED = new ConcurrentHashMap<>();

    private final String name;

    /** The default edition. */
    public BundledCatalogue() {
        this(CatalogueLoader.DEFAULT_EDITION);
    }

    private BundledCatalogue(String name) {
        this.name = name;
    }

    /** The bundled edition of that name, or empty when CityGov ships none by that name. */
    public static Optional<Catalogue> named(String edition) {
        Objects.requireNonNull(edition, "edition");
        return CatalogueLoader.BUNDLED_EDITIONS.contains(edition)
                ? Optional.of(new BundledCatalogue(edition)) : Optional.empty();
    }

    @Override
    public CatalogueEdition edition() {
        return LOADED.computeIfAbsent(name, n -> load(CatalogueLoader.bundledResource(n)));
    }

    static CatalogueEdition load(String resource) {
        try (InputStream in = BundledCatalogue.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the bundled catalogue " + resource + " is missing from the classpath");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return switch (new CatalogueLoader().read(text, Syntax.JSON)) {
                case CatalogueReading.Valid valid -> valid.edition();
                case CatalogueReading.Invalid invalid -> throw new IllegalStateException("the bundled catalogue "
                        + resource + " is invalid: " + invalid.problems());
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled catalogue " + resource, e);
        }
    }
}
