package org.citygov.adapter.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citygov.application.input.Problem;

/** Problems with a user's input, as a command prints them. */
final class ProblemReport {

    private ProblemReport() {
    }

    /** {@code FILE: 3 problems} then one line each, {@code   dataFlows[1].asset (line 40): …}. */
    static void print(PrintWriter to, String source, List<Problem> problems) {
        to.println(source + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + "; nothing was assessed or stored");
        for (Problem problem : problems) {
            to.println("  " + problem);
        }
    }

    static Map<String, Object> of(Problem problem) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("path", problem.path());
        json.put("line", problem.line().isPresent() ? problem.line().getAsInt() : null);
        json.put("message", problem.message());
        return json;
    }
}
