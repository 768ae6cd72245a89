package org.citygov.application.scenario;

import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.citygov.application.input.Syntax;
import org.citygov.domain.evaluation.Kpi;
import org.citygov.domain.evaluation.ProjectEvent;
import org.citygov.domain.project.ProjectParts;
import org.citygov.domain.rule.Rule;

/**
 * Writes a project's parts as a scenario file that {@link ScenarioLoader} reads back to equal parts: every field,
 * stakeholder engagements included. Sets are written sorted, so the same parts always give the same text.
 */
public final class ScenarioWriter {

    private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT).build();
    /** YAML as a person writes it: quotes only where a value would otherwise read as another type, no "---". */
    private final ObjectMapper yaml = YAMLMapper.builder()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    /** The parts as the scenario file's document: what the HTTP API shows of a project. */
    public ScenarioDocument document(ProjectParts parts) {
        return ScenarioMapper.toDocument(parts);
    }

    /** One version of a rule as the file's {@code rules} entry writes it. */
    public ScenarioDocument.Rule document(Rule rule) {
        return ScenarioMapper.toDocument(rule);
    }

    /** A KPI as the file's {@code kpis} entry writes it. */
    public ScenarioDocument.Kpi document(Kpi kpi) {
        return ScenarioMapper.toDocument(kpi);
    }

    /** A declared change as the file's {@code events} entry writes it. */
    public ScenarioDocument.Event document(ProjectEvent event) {
        return ScenarioMapper.toDocument(event);
    }

    public String json(ProjectParts parts) {
        return write(parts, Syntax.JSON);
    }

    public String write(ProjectParts parts, Syntax syntax) {
        try {
            ObjectMapper mapper = syntax == Syntax.YAML ? yaml : json;
            return mapper.writeValueAsString(ScenarioMapper.toDocument(parts)) + (syntax == Syntax.JSON ? "\n" : "");
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the scenario of project " + parts.overview().id(), e);
        }
    }
}
