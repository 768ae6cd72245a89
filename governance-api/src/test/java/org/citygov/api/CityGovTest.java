package org.citygov.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.citygov.application.report.AssessmentTables;
import org.citygov.domain.assessment.ProjectAssessment;
import org.citygov.domain.data.DataFlow;
import org.citygov.domain.data.DataFlowId;
import org.citygov.domain.project.ProjectParts;
import org.citygov.domain.shared.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CityGovTest {

    static final Path EXAMPLES = Path.of("..", "examples");

    static <T> T success(Result<T> result) {
        return assertInstanceOf(Result.Success.class, result, result::toString) instanceof Result.Success<?> s
                ? cast(s.value()) : null;
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }

    @Test
    void assess_whenExampleFile_shouldAssessUnderTheDefaultEdition() {
        ProjectAssessment assessment = success(CityGov.assess(EXAMPLES.resolve("education-data.json")));

        assertEquals("education-data", assessment.project().value());
        assertEquals(CityGov.defaultEdition(), assessment.catalogVersion());
        // the education example is deliberately not approvable (its rules leave CRITICAL risks unmitigated)
        assertFalse(assessment.approvable());
        assertFalse(assessment.risks().isEmpty());
    }

    @Test
    void assess_whenFileAndItsPartsGiven_shouldGiveTheSameAssessment() {
        Path file = EXAMPLES.resolve("kashiwanoha-frailty.json");
        ProjectParts parts = success(CityGov.read(file));

        assertEquals(CityGov.json(success(CityGov.assess(file))), CityGov.json(success(CityGov.assess(parts))));
    }

    @Test
    void assess_whenFileInvalid_shouldFailInvalidNamingTheFileLineAndField(@TempDir Path temp) throws IOException {
        Path broken = temp.resolve("broken.json");
        Files.writeString(broken, Files.readString(EXAMPLES.resolve("kashiwanoha-frailty.json"))
                .replaceFirst("\"stage\": \"COLLECTION\"", "\"stage\": \"GATHERING\""));

        Result<ProjectAssessment> result = CityGov.assess(broken);

        Result.Failure<ProjectAssessment> failure = assertInstanceOf(Result.Failure.class, result);
        assertEquals(Result.Reason.INVALID, failure.reason());
        assertTrue(failure.violations().stream().anyMatch(v -> v.path().startsWith("dataFlows[")
                && v.path().endsWith(".stage") && v.message().contains(broken + " line ")), failure::toString);
    }

    @Test
    void catalogue_whenBundledEditionNamed_shouldApplyIt() {
        Assessor earlier = CityGov.catalogue("jp-2023.02");

        ProjectAssessment assessment = success(earlier.assess(EXAMPLES.resolve("kashiwanoha-frailty.json")));

        assertEquals("jp-2023.02", earlier.edition());
        assertEquals("jp-2023.02", assessment.catalogVersion());
        assertTrue(CityGov.bundledEditions().contains("jp-2023.02"));
    }

    @Test
    void catalogue_whenNoSuchEdition_shouldRefuseNamingTheBundledOnes() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> CityGov.catalogue("jp-1999.01"));

        assertTrue(refused.getMessage().contains(CityGov.defaultEdition()), refused::getMessage);
    }

    @Test
    void catalogue_whenFileInvalid_shouldFailInvalid(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("city.json");
        Files.writeString(file, "{\"format\": \"citygov-catalogue/1\"}");

        Result<Assessor> result = CityGov.catalogue(file);

        assertEquals(Result.Reason.INVALID, assertInstanceOf(Result.Failure.class, result).reason());
    }

    @Test
    void assess_whenAFlowIsChangedWithAWither_shouldAssessTheChangedProject() {
        ProjectParts parts = success(CityGov.read(EXAMPLES.resolve("kashiwanoha-ai-cameras.json")));
        DataFlowId first = parts.dataFlows().getFirst().id();

        ProjectParts covert = parts.withDataFlow(first, (DataFlow f) -> f.withCovert(true).withNotice(
                java.util.Set.of()));

        assertNotEquals(CityGov.json(success(CityGov.assess(parts))), CityGov.json(success(CityGov.assess(covert))));
    }

    @Test
    void csv_shouldWriteTheTableOfTheAssessment() {
        ProjectAssessment assessment = success(CityGov.assess(EXAMPLES.resolve("education-data.json")));

        String risks = CityGov.csv(assessment, AssessmentTables.Table.RISKS);

        assertEquals(assessment.risks().size() + 1, risks.split("\r\n").length);
        assertTrue(risks.startsWith("id,flow,stage,focalPoint,"), risks);
    }
}
