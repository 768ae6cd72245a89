package org.citygov.domain.design;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.citygov.domain.catalogue.FocalPoint;
import org.citygov.domain.catalogue.PrivacyHarm;
import org.junit.jupiter.api.Test;

/** {@code docs/mitigation.md} prints the mitigation table the code applies, row for row. */
class MitigationTableDocTest {

    private static final Path DOC = Path.of("..", "docs", "mitigation.md");

    /** The table as the documentation prints it, from the code's table. */
    static String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| harm or focal point | rule kind | its terms must | because |\n");
        out.append("| --- | --- | --- | --- |\n");
        for (PrivacyHarm harm : PrivacyHarm.values()) {
            rows(out, harm.name(), MitigationTable.forHarm(harm));
        }
        for (FocalPoint point : FocalPoint.values()) {
            if (point == FocalPoint.PRIVACY) {
                continue;
            }
            List<MitigationTable.Answer> answers = MitigationTable.forFocalPoint(point);
            if (answers.isEmpty()) {
                out.append("| ").append(point).append(" | (none) | | ").append(MitigationTable.PROCESS_NOT_RULE)
                        .append(" |\n");
            }
            rows(out, point.name(), answers);
        }
        return out.toString();
    }

    private static void rows(StringBuilder out, String what, List<MitigationTable.Answer> answers) {
        String first = what;
        for (MitigationTable.Answer a : answers) {
            out.append("| ").append(first).append(" | ").append(a.kind()).append(" | ").append(a.terms().describe())
                    .append(" | ").append(a.because()).append(" |\n");
            first = "";
        }
    }

    @Test
    void doc_whenComparedWithTheCode_shouldPrintTheSameTable() throws IOException {
        String expected = markdown();
        String doc = Files.readString(DOC);
        if (!doc.contains(expected)) {
            Files.writeString(Path.of("target", "mitigation-table.md"), expected);
        }
        assertTrue(doc.contains(expected), "docs/mitigation.md must print the table of MitigationTable;"
                + " the expected table is in governance-domain/target/mitigation-table.md");
    }

    @Test
    void table_whenEveryAnswerIsListed_shouldCoverEveryHarmOnce() {
        Map<PrivacyHarm, List<MitigationTable.Answer>> table = MitigationTable.FOR_HARM;
        assertTrue(table.keySet().containsAll(List.of(PrivacyHarm.values())));
    }
}
