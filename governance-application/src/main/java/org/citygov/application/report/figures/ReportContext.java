package org.citygov.application.report.figures;

import java.util.List;
import java.util.Objects;

import org.citygov.application.report.i18n.Labels;
import org.citygov.application.report.i18n.Language;
import org.citygov.domain.assessment.ProjectAssessment;
import org.citygov.domain.catalogue.CatalogueEdition;
import org.citygov.domain.catalogue.Label;
import org.citygov.domain.project.AuditEntry;
import org.citygov.domain.project.GovernanceProject;

/**
 * What a report is drawn from: the project, its assessment by {@code edition} (whose labels name catalogue entries),
 * the words of the chosen language, and — for a stored project — its audit trail ({@code stored} false and the trail
 * empty for a scenario file assessed without storing).
 */
public record ReportContext(GovernanceProject project, ProjectAssessment assessment, CatalogueEdition edition,
                            Labels labels, boolean stored, List<AuditEntry> trail) {

    public ReportContext {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(labels, "labels");
        trail = List.copyOf(trail);
    }

    public Language language() {
        return labels.language();
    }

    /** A catalogue label in the report's language. */
    public String text(Label label) {
        return language().of(label);
    }

    public String text(Enum<?> code) {
        return labels.of(code);
    }

    public String label(String key) {
        return labels.get(key);
    }

    /** A sentence of the domain (a reason, rationale, caution, answer) in the report's language. */
    public String sentence(String english) {
        return language() == Language.EN ? english
                : org.citygov.application.report.i18n.DomainTexts.of(language(), edition).text(english);
    }

    /** A guideline reference ("5.3 (2), appendix: exposure") in the report's language. */
    public String reference(String english) {
        return language() == Language.EN ? english
                : org.citygov.application.report.i18n.DomainTexts.of(language(), edition).reference(english);
    }
}
