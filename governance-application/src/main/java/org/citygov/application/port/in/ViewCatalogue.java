package org.citygov.application.port.in;

import java.util.List;
import java.util.Objects;

import org.citygov.application.report.Nullable;

/**
 * Reads the catalogue edition assessments apply: the guideline's reference tables (laws, soft laws, focal points,
 * privacy harms, stakeholder categories, engagement methods) with their labels in one language.
 */
public interface ViewCatalogue {

    /** The languages the catalogue is labelled in. */
    enum Language {
        EN, JA
    }

    record Entry(String id, String label, String source) {
        public Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(source, "source");
        }
    }

    /** @param area the law area the law belongs to, or null for a law on all personal data */
    record LawEntry(String id, String label, @Nullable String area, String source) {
        public LawEntry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(source, "source");
        }
    }

    record SoftLawEntry(String id, String label, String topic, String source) {
        public SoftLawEntry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(source, "source");
        }
    }

    record QuestionEntry(String code, String label, String question, String source) {
        public QuestionEntry {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(source, "source");
        }
    }

    record HarmEntry(String code, String stage, String label, String question, String source) {
        public HarmEntry {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(source, "source");
        }
    }

    record CategoryEntry(String code, String label, String role, String source) {
        public CategoryEntry {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(source, "source");
        }
    }

    record MethodEntry(String code, String format, String label, String source) {
        public MethodEntry {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(source, "source");
        }
    }

    /** The edition in one language, each table in the edition's order. */
    record CatalogueView(String version, Language language, String title, List<Entry> lawAreas, List<LawEntry> laws,
                         List<Entry> softLawTopics, List<SoftLawEntry> softLaws, List<QuestionEntry> focalPoints,
                         List<HarmEntry> privacyHarms, List<CategoryEntry> stakeholderCategories,
                         List<MethodEntry> engagementMethods) {
        public CatalogueView {
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(title, "title");
            lawAreas = List.copyOf(lawAreas);
            laws = List.copyOf(laws);
            softLawTopics = List.copyOf(softLawTopics);
            softLaws = List.copyOf(softLaws);
            focalPoints = List.copyOf(focalPoints);
            privacyHarms = List.copyOf(privacyHarms);
            stakeholderCategories = List.copyOf(stakeholderCategories);
            engagementMethods = List.copyOf(engagementMethods);
        }
    }

    CatalogueView catalogue(Language language);
}
