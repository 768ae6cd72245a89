package org.citygov.application.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.citygov.application.input.DocumentReader;
import org.citygov.application.input.Parsed;
import org.citygov.application.input.Problem;
import org.citygov.application.input.Syntax;
import org.citygov.domain.data.DataAsset;
import org.citygov.domain.data.DataFlow;
import org.citygov.domain.evaluation.Kpi;
import org.citygov.domain.evaluation.Measurement;
import org.citygov.domain.evaluation.ProjectEvent;
import org.citygov.domain.project.ProjectOverview;
import org.citygov.domain.project.Service;
import org.citygov.domain.rule.Rule;
import org.citygov.domain.stakeholder.EngagementActivity;
import org.citygov.domain.stakeholder.Stakeholder;

/**
 * Reads one part of a project, written as the scenario format writes it ({@code project}, an entry of
 * {@code services}, {@code stakeholders}, {@code dataAssets}, {@code dataFlows}, {@code rules} or {@code kpis}, an
 * engagement, a measurement, an event): the HTTP API's
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

    /**
     * One version of a rule, as an entry of {@code rules}: the same checks as a file's rule (terms by kind, approval
     * by status), paths relative to the rule.
     */
    public Parsed<Rule> rule(String text, Syntax syntax) {
        return switch (reader.read(text, syntax, ScenarioDocument.Rule.class)) {
            case Parsed.Problems<ScenarioDocument.Rule> p -> new Parsed.Problems<>(p.problems());
            case Parsed.Ok<ScenarioDocument.Rule> ok -> {
                List<Problem> problems = new ArrayList<>();
                Optional<Rule> rule = ScenarioMapper.toRule(ok.value(), "", ok.lines(), problems);
                yield rule.isPresent() && problems.isEmpty() ? new Parsed.Ok<>(rule.get(), ok.lines())
                        : new Parsed.Problems<>(problems);
            }
        };
    }

    public Parsed<Kpi> kpi(String text, Syntax syntax) {
        return read(text, syntax, ScenarioDocument.Kpi.class, ScenarioMapper::kpi);
    }

    public Parsed<Measurement> measurement(String text, Syntax syntax) {
        return read(text, syntax, ScenarioDocument.Measurement.class, ScenarioMapper::measurement);
    }

    public Parsed<ProjectEvent> event(String text, Syntax syntax) {
        return read(text, syntax, ScenarioDocument.Event.class, ScenarioMapper::event);
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
