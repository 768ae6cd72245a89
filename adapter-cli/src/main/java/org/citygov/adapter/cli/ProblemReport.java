package org.citygov.adapter.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citygov.application.input.Problem;
import org.citygov.application.report.i18n.DomainTexts;
import org.citygov.application.report.i18n.Language;

/** Problems with a user's input, as a command prints them. */
final class ProblemReport {

    private ProblemReport() {
    }

    /** {@code FILE: 3 problems} then one line each, {@code   dataFlows[1].asset (line 40): …}. */
    static void print(PrintWriter to, String source, List<Problem> problems) {
        print(to, source, problems, DomainTexts.of(Language.EN));
    }

    /** The same in the language of {@code texts}: the messages translated, the paths and line numbers as found. */
    static void print(PrintWriter to, String source, List<Problem> problems, DomainTexts texts) {
        to.println(texts.text(source + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + "; nothing was assessed or stored"));
        for (Problem problem : problems) {
            to.println("  " + line(problem, texts));
        }
    }

    /** {@code path (line 3): message}, or {@code path（3行目）：メッセージ} in Japanese. */
    static String line(Problem problem, DomainTexts texts) {
        if (texts.language() == Language.EN) {
            return problem.toString();
        }
        StringBuilder out = new StringBuilder(problem.path().isEmpty() ? "（文書）" : problem.path());
        problem.line().ifPresent(l -> out.append('（').append(l).append("行目）"));
        return out.append('：').append(texts.text(problem.message())).toString();
    }

    static Map<String, Object> of(Problem problem) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("path", problem.path());
        json.put("line", problem.line().isPresent() ? problem.line().getAsInt() : null);
        json.put("message", problem.message());
        return json;
    }
}
