package org.citygov.adapter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Runs {@code examples/simulation/AgileLoop.java} the way the README tells a researcher to (the JDK's source launcher
 * with CityGov on the class path), so the shipped example cannot rot unnoticed.
 */
class SimulationExampleTest {

    @Test
    void agileLoop_whenRun_shouldTurnTheLoopOnEachTriggerAndVersionTheRule() throws IOException, InterruptedException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "examples/simulation/AgileLoop.java")
                .directory(root.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the simulation did not finish");

        assertEquals(0, process.exitValue(), output);
        for (String expected : List.of(
                "kashiwanoha-frailty is at IMPLEMENTATION_AND_EVALUATION, revision 1",
                "2027-04-30: revision 2 back to RISK_ANALYSIS",
                "revision triggered by KPI stop-use-requests breached its threshold (at most 0.0): 1.0 on 2027-04-30",
                "revision triggered by change in citizens' awareness declared on 2027-07-31",
                "changed  provide-research-dataset-exposure: MEDIUM → CRITICAL",
                "2027-09-30: revision 4 back to RISK_ANALYSIS",
                "resident-control v4 (PROGRAM INDIVIDUAL_CONTROL, IN_FORCE)",
                "responseDays: 14 → 7")) {
            assertTrue(output.contains(expected), () -> "missing \"" + expected + "\" in\n" + output);
        }
    }
}
