package org.citygov.application.scenario;

import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.citygov.application.input.Syntax;
import org.citygov.domain.project.ProjectParts;

/**
 * Writes a project's parts as a scenario file that {@link ScenarioLoader} reads back to equal parts: every field,
 * stakeholder engagements included. Sets are written sorted, so the same parts always give the same text.
 */
public final class ScenarioWriter {

    private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT).build();
    private final ObjectMapper yaml = new YAMLMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** The parts as the scenario file's document: what the HTTP API shows of a project. */
    public ScenarioDocument document(ProjectParts parts) {
        return ScenarioMapper.toDocument(parts);
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
