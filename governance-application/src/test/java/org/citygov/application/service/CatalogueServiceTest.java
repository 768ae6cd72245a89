package org.citygov.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

import org.citygov.application.port.in.ViewCatalogue.CatalogueView;
import org.citygov.application.port.in.ViewCatalogue.Language;
import org.citygov.domain.assessment.AssessmentFixtures;
import org.citygov.domain.catalogue.CatalogueEdition;
import org.citygov.domain.catalogue.LawScope;

class CatalogueServiceTest {

    private final CatalogueEdition edition = AssessmentFixtures.edition();
    private final CatalogueService service = new CatalogueService(() -> edition);

    @Test
    void catalogue_whenAskedInEnglish_shouldGiveEveryEntryWithItsEnglishLabel() {
        CatalogueView view = service.catalogue(Language.EN);

        assertEquals(edition.version(), view.version());
        assertEquals(edition.laws().size(), view.laws().size());
        assertEquals(edition.laws().getFirst().label().en(), view.laws().getFirst().label());
        assertEquals(edition.privacyHarms().getFirst().question().en(), view.privacyHarms().getFirst().question());
        assertEquals(edition.privacyHarms().getFirst().stage().name(), view.privacyHarms().getFirst().stage());
        assertEquals(edition.engagementMethods().size(), view.engagementMethods().size());
        assertEquals(edition.stakeholderCategories().size(), view.stakeholderCategories().size());
    }

    @Test
    void catalogue_whenAskedInJapanese_shouldGiveTheJapaneseLabels() {
        CatalogueView view = service.catalogue(Language.JA);

        assertEquals(edition.focalPoints().getFirst().label().ja(), view.focalPoints().getFirst().label());
        assertEquals(edition.focalPoints().getFirst().question().ja(), view.focalPoints().getFirst().question());
        assertNotEquals(service.catalogue(Language.EN).title(), view.title());
    }

    @Test
    void catalogue_whenALawCoversAnArea_shouldNameTheAreaAndLeaveItEmptyForPersonalDataLaws() {
        CatalogueView view = service.catalogue(Language.EN);

        for (int i = 0; i < edition.laws().size(); i++) {
            LawScope scope = edition.laws().get(i).scope();
            String expected = scope instanceof LawScope.InArea a ? a.area().value() : null;
            assertEquals(expected, view.laws().get(i).area(), edition.laws().get(i).id().value());
        }
    }
}
