package org.citygov.application.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.citygov.domain.assessment.ProjectAssessment;

/**
 * The assessment as tables a spreadsheet or pandas reads ({@link Csv}), one row per item, with the column names of
 * the JSON assessment ({@link AssessmentDocument}, SCENARIO.md "Output") flattened: {@code label.en} becomes
 * {@code label_en}, a list becomes its items joined by {@code "; "}.
 *
 * <table>
 * <caption>The tables</caption>
 * <tr><th>Table</th><th>One row per</th></tr>
 * <tr><td>stakeholders</td><td>stakeholder (4.3)</td></tr>
 * <tr><td>laws</td><td>law, then soft law, that applies (5.2); {@code kind} is LAW or SOFT_LAW</td></tr>
 * <tr><td>legal-tests</td><td>four-factor judgment (5.3 (1))</td></tr>
 * <tr><td>risks</td><td>risk (5.3)</td></tr>
 * <tr><td>coverage</td><td>risk that must be mitigated and rule that names it (5.4): {@code answers} is MITIGATES
 * or CANNOT_MITIGATE; a risk no rule names has one row with an empty rule and NONE</td></tr>
 * </table>
 */
public final class AssessmentTables {

    /** A table of the assessment, by its name on the command line and its file name. */
    public enum Table {
        /** One row per stakeholder. */
        STAKEHOLDERS("stakeholders"),
        /** One row per law and soft law that applies. */
        LAWS("laws"),
        /** One row per four-factor judgment. */
        LEGAL_TESTS("legal-tests"),
        /** One row per risk. */
        RISKS("risks"),
        /** One row per risk that must be mitigated and rule that names it. */
        COVERAGE("coverage");

        private final String tableName;

        Table(String tableName) {
            this.tableName = tableName;
        }

        /** The table's name: {@code legal-tests}. */
        public String tableName() {
            return tableName;
        }

        /** The file it is written to: {@code legal-tests.csv}. */
        public String fileName() {
            return tableName + ".csv";
        }

        /** The table of that name, if any. */
        public static Optional<Table> named(String name) {
            return Arrays.stream(values()).filter(t -> t.tableName.equals(name)).findFirst();
        }

        /** Every table's name, in order, for messages. */
        public static List<String> names() {
            return Arrays.stream(values()).map(Table::tableName).toList();
        }
    }

    private AssessmentTables() {
    }

    /** One table of the assessment as CSV, header row first. */
    public static String csv(ProjectAssessment assessment, Table table) {
        AssessmentDocument d = AssessmentDocument.of(assessment);
        return switch (table) {
            case STAKEHOLDERS -> Csv.table(List.of("id", "name", "category", "involvement", "score", "importance",
                    "engagement", "engagementHeld", "engagedAsRecommended"), d.stakeholders().stream()
                    .map(s -> Arrays.<Object>asList(s.id(), s.name(), s.category(), s.involvement(), s.score(),
                            s.importance(), s.engagement(), s.engagementHeld(), s.engagedAsRecommended()))
                    .toList());
            case LAWS -> {
                List<List<Object>> rows = new ArrayList<>();
                d.laws().forEach(l -> rows.add(law("LAW", l)));
                d.softLaws().forEach(l -> rows.add(law("SOFT_LAW", l)));
                yield Csv.table(List.of("kind", "id", "label_en", "label_ja", "standing", "reason", "source"), rows);
            }
            case LEGAL_TESTS -> Csv.table(List.of("flow", "subject", "natureOfInformation", "purpose", "method",
                    "management", "standing_natureOfInformation", "standing_purpose", "standing_method",
                    "standing_management", "verdict", "cautions", "guidelineRef"), d.legalTests().stream()
                    .map(t -> Arrays.<Object>asList(t.flow(), t.subject(), t.factors().natureOfInformation(),
                            t.factors().purpose(), t.factors().method(), t.factors().management(),
                            t.standing().natureOfInformation(), t.standing().purpose(), t.standing().method(),
                            t.standing().management(), t.verdict(), String.join("; ", t.cautions()),
                            t.guidelineRef()))
                    .toList());
            case RISKS -> Csv.table(List.of("id", "flow", "stage", "focalPoint", "harm", "severity", "likelihood",
                    "level", "rationale", "guidelineRef", "question_en", "question_ja"), d.risks().stream()
                    .map(r -> Arrays.<Object>asList(r.id(), r.flow(), r.stage(), r.focalPoint(), r.harm(),
                            r.severity(), r.likelihood(), r.level(), r.rationale(), r.guidelineRef(),
                            r.question().en(), r.question().ja()))
                    .toList());
            case COVERAGE -> Csv.table(List.of("risk", "level", "mitigated", "rule", "version", "answers", "why"),
                    d.rules() == null ? List.of() : d.rules().coverage().stream().flatMap(c -> {
                        List<List<Object>> rows = new ArrayList<>();
                        c.mitigations().forEach(m -> rows.add(Arrays.asList(c.risk(), c.level(), c.mitigated(), m.rule(),
                                m.version(), "MITIGATES", m.why())));
                        c.cannotMitigate().forEach(m -> rows.add(Arrays.asList(c.risk(), c.level(), c.mitigated(),
                                m.rule(), m.version(), "CANNOT_MITIGATE", m.why())));
                        if (rows.isEmpty()) {
                            rows.add(Arrays.asList(c.risk(), c.level(), c.mitigated(), null, null, "NONE", null));
                        }
                        return rows.stream();
                    }).toList());
        };
    }

    private static List<Object> law(String kind, AssessmentDocument.LawEntry law) {
        return Arrays.asList(kind, law.id(), law.label().en(), law.label().ja(), law.standing(), law.reason(),
                law.source());
    }
}
