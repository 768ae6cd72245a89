package org.citygov.application.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.citygov.application.input.DocumentReader;
import org.citygov.application.input.Parsed;
import org.citygov.application.input.Problem;
import org.citygov.application.input.Syntax;
import org.citygov.domain.data.DataAsset;
import org.citygov.domain.data.DataFlow;
import org.citygov.domain.project.ProjectOverview;
import org.citygov.domain.project.Service;
import org.citygov.domain.stakeholder.EngagementActivity;
import org.citygov.domain.stakeholder.Stakeholder;

/**
 * Reads one part of a project, written as the scenario format writes it ({@code project}, an entry of
 * {@code services}, {@code stakeholders}, {@code dataAssets} or {@code dataFlows}, an engagement): the HTTP API's
 * request bodies. The checks are the scenario file's, by the same {@link DocumentReader} and the same mapping, so a
 * part sent over HTTP and a part in a file are refused with the same words. Paths are relative to the part.
 */
public final class PartReader {

    private final DocumentReader reader = new DocumentReader();

    public Parsed<ProjectOverview> overview(String text, Syntax syntax) {
        return read(text, syntax, ScenarioDocument.Project.class, ScenarioMapper::overview);
    }

    public Parsed<Service> service(String text, Syntax syntax) {
        return read(text, syntax, ScenarioDocument.Service.class, ScenarioMapper::service);
    }

    public Parsed<Stakeholder> stakeholder(String text, Syntax syntax) {
        return read(text, syntax, ScenarioDocument.Stakeholder.class, ScenarioMapper::stakeholder);
    }

    public Parsed<DataAsset> dataAsset(String text, Syntax syntax) {
        return read(text, syntax, ScenarioDocument.DataAsset.class, ScenarioMapper::dataAsset);
    }

    public Parsed<DataFlow> dataFlow(String text, Syntax syntax) {
        return read(text, syntax, ScenarioDocument.DataFlow.class, ScenarioMapper::dataFlow);
    }

    public Parsed<EngagementActivity> engagement(String text, Syntax syntax) {
        return read(text, syntax, ScenarioDocument.Engagement.class, ScenarioMapper::engagement);
    }

    private <D, T> Parsed<T> read(String text, Syntax syntax, Class<D> type, Function<D, T> toDomain) {
        return switch (reader.read(text, syntax, type)) {
            case Parsed.Problems<D> p -> new Parsed.Problems<>(p.problems());
            case Parsed.Ok<D> ok -> {
                List<Problem> problems = new ArrayList<>();
                ScenarioMapper.repeatsIn(ok.value(), "", ok.lines(), problems);
                yield problems.isEmpty() ? new Parsed.Ok<>(toDomain.apply(ok.value()), ok.lines())
                        : new Parsed.Problems<>(problems);
            }
        };
    }
}
