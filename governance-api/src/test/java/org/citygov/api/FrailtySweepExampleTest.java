package org.citygov.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.citygov.domain.assessment.ProjectAssessment;
import org.citygov.domain.assessment.StakeholderAssessment;
import org.citygov.domain.project.ProjectParts;
import org.citygov.domain.stakeholder.Rating;
import org.citygov.domain.stakeholder.StakeholderId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs examples/java/FrailtySweep.java as a researcher does (the java launcher, source-file mode, this module's class
 * path) and checks its CSV against assessments made here through the API.
 */
class FrailtySweepExampleTest {

    @Test
    void frailtySweep_whenRun_shouldWriteOneRowPerImpactMatchingTheApi(@TempDir Path temp)
            throws IOException, InterruptedException {
        Path csv = temp.resolve("sweep.csv");
        Path scenario = CityGovTest.EXAMPLES.resolve("kashiwanoha-frailty.json");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CityGovTest.EXAMPLES.resolve("java").resolve("FrailtySweep.java").toString(), scenario.toString(),
                csv.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(0, process.waitFor(), output);
        List<String> records = List.of(Files.readString(csv, StandardCharsets.UTF_8).split("\r\n"));
        assertEquals("impact,score,importance,engagement,engagedAsRecommended,approvable,risks,risksCritical,"
                + "risksHigh", records.getFirst());
        assertEquals(Rating.MAX - Rating.MIN + 1, records.size() - 1);
        ProjectParts parts = CityGovTest.success(CityGov.read(scenario));
        StakeholderId residents = StakeholderId.of("older-residents");
        for (int impact = Rating.MIN; impact <= Rating.MAX; impact++) {
            Rating rating = new Rating(impact);
            ProjectAssessment expected = CityGovTest.success(CityGov.assess(
                    parts.withStakeholder(residents, s -> s.withImpact(rating))));
            StakeholderAssessment s = expected.stakeholders().stream().filter(a -> a.id().equals(residents))
                    .findFirst().orElseThrow();
            assertEquals(String.join(",", String.valueOf(impact), String.valueOf(s.score()), s.importance().name(),
                    s.engagement().name(), String.valueOf(s.engagedAsRecommended()),
                    String.valueOf(expected.approvable()), String.valueOf(expected.risks().size()),
                    String.valueOf(expected.risksAt(org.citygov.domain.risk.RiskLevel.CRITICAL).size()),
                    String.valueOf(expected.risksAt(org.citygov.domain.risk.RiskLevel.HIGH).size())),
                    records.get(impact));
        }
    }
}
