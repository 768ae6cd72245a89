package org.citygov.adapter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An output file that cannot be written is the user's path, said as such: exit 2, not an internal error. */
class OutputFileErrorsTest {

    private static final String EXAMPLE = "../examples/kashiwanoha-frailty.json";

    @TempDir
    Path temp;

    @Test
    void report_whenTheOutFolderDoesNotExist_shouldExitTwoNamingThePath() {
        Path out = temp.resolve("no-such-folder").resolve("report.html");

        CliRun run = CliRun.of("report", EXAMPLE, "--out", out.toString());

        assertEquals(CityGovCli.INVALID_INPUT, run.status(), run.err());
        assertTrue(run.err().contains("citygov: cannot use " + out + ": it, or the folder it should be in, does not"
                + " exist"), run.err());
        assertFalse(run.err().contains("internal error"), run.err());
    }

    @Test
    void report_whenTheOutFolderDoesNotExistInJapanese_shouldSayItInJapanese() {
        Path out = temp.resolve("no-such-folder").resolve("report.html");

        CliRun run = CliRun.of("report", EXAMPLE, "--out", out.toString(), "--lang", "ja");

        assertEquals(CityGovCli.INVALID_INPUT, run.status(), run.err());
        assertTrue(run.err().contains("citygov：" + out + " を使えません：そのファイル、または置き場所のフォルダーが存在しません"),
                run.err());
    }

    @Test
    void sweep_whenTheOutPathIsAFolder_shouldExitTwoNamingThePath() {
        CliRun run = CliRun.of("sweep", EXAMPLE, "--out", temp.toString());

        assertTrue(run.status() == CityGovCli.INVALID_INPUT, run.status() + " " + run.err());
        assertTrue(run.err().contains("citygov: cannot use " + temp), run.err());
        assertFalse(run.err().contains("internal error"), run.err());
    }
}
