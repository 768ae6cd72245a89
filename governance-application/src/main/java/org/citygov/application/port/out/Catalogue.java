package org.citygov.application.port.out;

import org.citygov.domain.catalogue.CatalogueEdition;

/**
 * Where the reference tables of the guideline come from (laws, soft laws, focal points, privacy harms, stakeholder
 * categories, engagement methods): the edition bundled with CityGov, or one a city supplies with its ordinances and
 * amended laws. Laws change (5.5), so the tables are versioned data, never code.
 */
public interface Catalogue {

    /** The edition assessments apply. */
    CatalogueEdition edition();
}
