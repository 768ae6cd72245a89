package org.citygov.application.service;

import java.util.Objects;

import org.citygov.application.port.in.ViewCatalogue;
import org.citygov.application.port.out.Catalogue;
import org.citygov.domain.catalogue.CatalogueEdition;
import org.citygov.domain.catalogue.Label;
import org.citygov.domain.catalogue.LawScope;

/** The catalogue edition in use, labelled in the asked language. */
public final class CatalogueService implements ViewCatalogue {

    private final Catalogue catalogue;

    public CatalogueService(Catalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    @Override
    public CatalogueView catalogue(Language language) {
        Objects.requireNonNull(language, "language");
        CatalogueEdition e = catalogue.edition();
        return new CatalogueView(e.version(), language, in(language, e.title()),
                e.lawAreas().stream().map(a -> new Entry(a.id().value(), in(language, a.label()), a.source()))
                        .toList(),
                e.laws().stream().map(l -> new LawEntry(l.id().value(), in(language, l.label()),
                        l.scope() instanceof LawScope.InArea area ? area.area().value() : null, l.source())).toList(),
                e.softLawTopics().stream().map(t -> new Entry(t.id().value(), in(language, t.label()), t.source()))
                        .toList(),
                e.softLaws().stream().map(s -> new SoftLawEntry(s.id().value(), in(language, s.label()),
                        s.topic().value(), s.source())).toList(),
                e.focalPoints().stream().map(f -> new QuestionEntry(f.code().name(), in(language, f.label()),
                        in(language, f.question()), f.source())).toList(),
                e.privacyHarms().stream().map(h -> new HarmEntry(h.code().name(), h.stage().name(),
                        in(language, h.label()), in(language, h.question()), h.source())).toList(),
                e.stakeholderCategories().stream().map(c -> new CategoryEntry(c.code().name(),
                        in(language, c.label()), in(language, c.role()), c.source())).toList(),
                e.engagementMethods().stream().map(m -> new MethodEntry(m.code().name(), m.format().name(),
                        in(language, m.label()), m.source())).toList());
    }

    private static String in(Language language, Label label) {
        return switch (language) {
            case EN -> label.en();
            case JA -> label.ja();
        };
    }
}
