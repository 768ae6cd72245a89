package org.citygov.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.citygov.domain.assessment.ProjectAssessment;
import org.citygov.domain.shared.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepTest {

    private static final Path FRAILTY = CityGovTest.EXAMPLES.resolve("kashiwanoha-frailty.json");
    private static final Path CAMERAS = CityGovTest.EXAMPLES.resolve("kashiwanoha-ai-cameras.json");

    private static Result<List<Sweep.Run>> sweep(List<Path> files, String vary) {
        return Sweep.run(CityGov.catalogue(CityGov.defaultEdition()), files,
                vary == null ? Optional.empty() : Optional.of(CityGovTest.success(Sweep.Variation.parse(vary))),
                run -> { });
    }

    @Test
    void run_whenSeveralFiles_shouldAssessEachAsTheApiDoes() {
        List<Sweep.Run> runs = CityGovTest.success(sweep(List.of(FRAILTY, CAMERAS), null));

        assertEquals(2, runs.size());
        ProjectAssessment cameras = CityGovTest.success(CityGov.assess(CAMERAS));
        assertEquals(CityGov.json(cameras), CityGov.json(CityGovTest.success(runs.get(1).outcome())));
        assertEquals(List.of(1, 2), runs.stream().map(Sweep.Run::number).toList());
    }

    @Test
    void run_whenVaryingAFieldByPath_shouldGiveOneRunPerValueWithThatValueApplied() {
        List<Sweep.Run> runs = CityGovTest.success(sweep(List.of(FRAILTY), "stakeholders[3].impact=1,5"));

        assertEquals(2, runs.size());
        assertEquals(4, score(runs.get(0)));
        assertEquals(20, score(runs.get(1)));
        assertEquals("1", runs.get(0).variation().orElseThrow().value());
    }

    @Test
    void run_whenVaryingByJsonPointer_shouldApplyTheSameField() {
        List<Sweep.Run> byPointer = CityGovTest.success(sweep(List.of(FRAILTY), "/stakeholders/3/impact=2"));

        assertEquals(8, score(byPointer.getFirst()));
    }

    private static int score(Sweep.Run run) {
        ProjectAssessment assessment = CityGovTest.success(run.outcome());
        return assessment.stakeholders().stream().filter(s -> s.id().value().equals("older-residents"))
                .findFirst().orElseThrow().score();
    }

    @Test
    void run_whenPathLeadsNowhere_shouldFailNamingThePathAndRunNothing() {
        List<Sweep.Run> seen = new ArrayList<>();

        Result<List<Sweep.Run>> result = Sweep.run(CityGov.catalogue(CityGov.defaultEdition()), List.of(FRAILTY),
                Optional.of(new Sweep.Variation("dataFlows[42].covert", List.of("true"))), seen::add);

        Result.Failure<List<Sweep.Run>> failure = assertInstanceOf(Result.Failure.class, result);
        assertEquals("dataFlows[42].covert", failure.violations().getFirst().path());
        assertTrue(failure.message().contains("has no /dataFlows/42"), failure::message);
        assertTrue(seen.isEmpty());
    }

    @Test
    void run_whenValueOfTheWrongType_shouldFailNamingThePath() {
        Result<List<Sweep.Run>> result = sweep(List.of(FRAILTY), "dataFlows[0].covert=perhaps");

        Result.Failure<List<Sweep.Run>> failure = assertInstanceOf(Result.Failure.class, result);
        assertTrue(failure.message().contains("dataFlows[0].covert") && failure.message().contains("true or false"),
                failure::message);
    }

    @Test
    void run_whenPathMalformed_shouldFail() {
        assertInstanceOf(Result.Failure.class, sweep(List.of(FRAILTY), "dataFlows[x]=1"));
        assertInstanceOf(Result.Failure.class, Sweep.Variation.parse("no-values="));
    }

    @Test
    void run_whenAValueMakesTheScenarioInvalid_shouldRecordThatRunAsInvalidAndAssessTheOthers() {
        List<Sweep.Run> runs = CityGovTest.success(sweep(List.of(FRAILTY), "dataFlows[0].legalBasis=CONSENT,WHIM"));

        assertTrue(runs.get(0).assessed());
        assertFalse(runs.get(1).assessed());
        List<Object> row = runs.get(1).row();
        assertEquals("INVALID", row.get(Sweep.HEADER.indexOf("outcome")));
        assertTrue(row.get(Sweep.HEADER.indexOf("error")).toString().contains("dataFlows[0].legalBasis"),
                row::toString);
    }

    @Test
    void run_whenAFileIsInvalid_shouldRecordItsRowWithTheError(@TempDir Path temp) throws IOException {
        Path broken = temp.resolve("broken.json");
        Files.writeString(broken, "{ not json");

        List<Sweep.Run> runs = CityGovTest.success(sweep(List.of(broken, FRAILTY), null));

        assertFalse(runs.get(0).assessed());
        assertTrue(runs.get(1).assessed());
    }

    @Test
    void csv_shouldHaveTheHeaderAndOneRecordPerRunWithTheVerdictFields() {
        List<Sweep.Run> runs = CityGovTest.success(sweep(List.of(CityGovTest.EXAMPLES.resolve("education-data.json")),
                "dataFlows[0].covert=false,true"));

        String[] records = Sweep.csv(runs).split("\r\n");

        assertEquals(3, records.length);
        assertEquals(String.join(",", Sweep.HEADER), records[0]);
        ProjectAssessment first = CityGovTest.success(runs.getFirst().outcome());
        List<Object> row = runs.getFirst().row();
        assertEquals(first.approvable(), row.get(Sweep.HEADER.indexOf("approvable")));
        assertEquals(first.risks().size(), row.get(Sweep.HEADER.indexOf("risks")));
    }
}
