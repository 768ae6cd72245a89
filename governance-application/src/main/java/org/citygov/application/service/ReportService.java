package org.citygov.application.service;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.citygov.application.port.in.PublishProject;
import org.citygov.application.port.in.ReportProject;
import org.citygov.application.port.out.Catalogue;
import org.citygov.application.port.out.Clock;
import org.citygov.application.port.out.ProjectHistory;
import org.citygov.application.port.out.Projects;
import org.citygov.application.port.out.Publications;
import org.citygov.application.report.figures.Figure;
import org.citygov.application.report.figures.Figures;
import org.citygov.application.report.figures.ReportContext;
import org.citygov.application.report.html.HtmlReport;
import org.citygov.application.report.i18n.Labels;
import org.citygov.application.report.i18n.Language;
import org.citygov.domain.assessment.ProjectAssessment;
import org.citygov.domain.catalogue.CatalogueEdition;
import org.citygov.domain.disclosure.PublicDisclosure;
import org.citygov.domain.disclosure.Publication;
import org.citygov.domain.project.Actor;
import org.citygov.domain.project.AuditEntry;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.project.ProjectParts;
import org.citygov.domain.shared.Result;

/**
 * Loads or builds the project, has the domain assess it, and hands both to the report's renderer; or has the domain
 * say what the project publishes.
 */
public final class ReportService implements ReportProject, PublishProject {

    private static final Actor UNSTORED = Actor.of("report of an unstored scenario");

    private final Projects projects;
    private final ProjectHistory history;
    private final Clock clock;
    private final Catalogue catalogue;
    private final Publications publications;

    public ReportService(Projects projects, ProjectHistory history, Clock clock, Catalogue catalogue,
                         Publications publications) {
        this.projects = Objects.requireNonNull(projects, "projects");
        this.history = Objects.requireNonNull(history, "history");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.publications = Objects.requireNonNull(publications, "publications");
    }

    @Override
    public Result<ProjectReport> report(ProjectId id, Language language) {
        return stored(id, language).map(ReportService::render);
    }

    @Override
    public Result<ProjectReport> report(ProjectParts parts, Language language) {
        return GovernanceProject.create(parts, UNSTORED, clock.now())
                .map(project -> render(context(project, language, false, List.of())));
    }

    @Override
    public Result<Figure> figure(ProjectId id, String name, Language language) {
        return stored(id, language).flatMap(c -> Figures.named(c, name)
                .<Result<Figure>>map(Result::success)
                .orElseGet(() -> Result.notFound("project \"" + id + "\" has no figure \"" + name + "\"; it has "
                        + String.join(", ", Figures.names(c)))));
    }

    @Override
    public Result<PublicDisclosure> disclosure(ProjectId id) {
        return projects.find(id)
                .map(this::disclosureOf)
                .<Result<PublicDisclosure>>map(Result::success)
                .orElseGet(() -> Result.notFound("no project \"" + id + "\""));
    }

    @Override
    public Result<PublicDisclosure> disclosure(ProjectParts parts) {
        return GovernanceProject.create(parts, UNSTORED, clock.now()).map(this::disclosureOf);
    }

    @Override
    public Result<Publication> markPublished(ProjectId id, Actor by) {
        if (projects.find(id).isEmpty()) {
            return Result.notFound("no project \"" + id + "\"");
        }
        Publication publication = new Publication(id, by, clock.now());
        publications.mark(publication);
        return Result.success(publication);
    }

    @Override
    public Result<PublicDisclosure> publishedDisclosure(ProjectId id) {
        if (publications.find(id).isEmpty()) {
            return Result.notFound("no published project \"" + id + "\"");
        }
        return disclosure(id);
    }

    private PublicDisclosure disclosureOf(GovernanceProject project) {
        return PublicDisclosure.of(project, ProjectAssessment.of(project, catalogue.edition()));
    }

    private Result<ReportContext> stored(ProjectId id, Language language) {
        return projects.find(id)
                .map(project -> context(project, language, true, history.history(id, Instant.MIN, Instant.MAX)))
                .<Result<ReportContext>>map(Result::success)
                .orElseGet(() -> Result.notFound("no project \"" + id + "\""));
    }

    private ReportContext context(GovernanceProject project, Language language, boolean stored,
                                  List<AuditEntry> trail) {
        CatalogueEdition edition = catalogue.edition();
        return new ReportContext(project, ProjectAssessment.of(project, edition), edition, Labels.of(language),
                stored, trail);
    }

    private static ProjectReport render(ReportContext c) {
        List<Figure> figures = Figures.all(c);
        return new ProjectReport(c.project().id(), c.labels().format("report.title", c.project().overview().name()),
                HtmlReport.render(c, figures), figures);
    }
}
