package org.citygov.application.port.in;

import java.util.List;
import java.util.Objects;

import org.citygov.application.report.figures.Figure;
import org.citygov.application.report.i18n.Language;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.project.ProjectParts;
import org.citygov.domain.shared.Result;

/**
 * Writes the governance report of a project — one self-contained HTML document with its SVG figures inline — for a
 * council or an archive, in English or Japanese; and each figure on its own.
 */
public interface ReportProject {

    /** A report, and the figures it embeds (each also a standalone SVG document). */
    record ProjectReport(ProjectId project, String title, String html, List<Figure> figures) {
        public ProjectReport {
            Objects.requireNonNull(project, "project");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(html, "html");
            figures = List.copyOf(figures);
        }
    }

    /** The report of a stored project, with its revision history; NOT_FOUND for an unknown project. */
    Result<ProjectReport> report(ProjectId id, Language language);

    /** The report of described parts assessed as a project just registered; INVALID with every broken invariant. */
    Result<ProjectReport> report(ProjectParts parts, Language language);

    /** One figure of a stored project; NOT_FOUND for an unknown project or a name it has no figure of. */
    Result<Figure> figure(ProjectId id, String name, Language language);
}
