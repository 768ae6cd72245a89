package org.citygov.adapter.persistence.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.citygov.application.catalogue.CatalogueLoader;
import org.citygov.application.catalogue.CatalogueReading;
import org.citygov.application.input.Syntax;
import org.citygov.application.port.out.Catalogue;
import org.citygov.domain.catalogue.CatalogueEdition;

/**
 * The edition CityGov ships with ({@value CatalogueLoader#BUNDLED_RESOURCE}), read from the classpath once and
 * checked like any catalogue file. A bundled edition that does not read is a defect of the build, not a user error.
 */
public final class BundledCatalogue implements Catalogue {

    private static final class Holder {
        static final CatalogueEdition EDITION = load(CatalogueLoader.BUNDLED_RESOURCE);
    }

    @Override
    public CatalogueEdition edition() {
        return Holder.EDITION;
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
