// A researcher's simulation of the agile loop (guideline 3.3, 5.5) through CityGov's Java API.
//
// Run it with examples/simulation/run, or from the repository root with a JDK 21+ after building the command line
// once (./citygov --version does that):
//
//   java -cp adapter-cli/target/citygov-cli-all.jar examples/simulation/AgileLoop.java
//
// It registers the frailty-prevention project of examples/kashiwanoha-frailty.json, takes it through the governance
// cycle to implementation and evaluation, then feeds a year of monthly KPI measurements and a declared change in
// citizens' awareness. Every time evaluation finds a trigger, the loop turns: the cycle goes back to risk analysis as
// a new revision, the committee revises a rule (a new version, never an overwrite), and the project moves on again.
// The program prints each revision with its recorded reason, the rule's versions and their differences, and what a
// re-assessment changed.

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.citygov.adapter.cli.root.CompositionRoot;
import org.citygov.application.port.in.ChangeProject;
import org.citygov.application.port.in.DesignRules;
import org.citygov.application.port.in.EvaluateProject;
import org.citygov.application.port.in.ImportScenario;
import org.citygov.application.port.in.MoveCycle;
import org.citygov.application.scenario.ScenarioLoader;
import org.citygov.application.scenario.ScenarioReading;
import org.citygov.domain.access.Role;
import org.citygov.domain.assessment.AssessmentChange;
import org.citygov.domain.assessment.ProjectAssessment;
import org.citygov.domain.data.DataCategory;
import org.citygov.domain.data.DataFlowId;
import org.citygov.domain.evaluation.KpiId;
import org.citygov.domain.evaluation.Measurement;
import org.citygov.domain.evaluation.ProjectEvent;
import org.citygov.domain.project.AcceptanceSurvey;
import org.citygov.domain.project.Actor;
import org.citygov.domain.project.CycleTransition;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.GovernanceStep;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.project.ProjectOverview;
import org.citygov.domain.project.Region;
import org.citygov.domain.rule.IndividualRight;
import org.citygov.domain.rule.Rule;
import org.citygov.domain.rule.RuleId;
import org.citygov.domain.rule.RuleTerms;
import org.citygov.domain.shared.Result;

public class AgileLoop {

    static final Actor SECRETARIAT = Actor.of("promotion organization secretariat");
    static final Actor COMMITTEE = Actor.of("research ethics committee");
    static final KpiId UNANSWERED = KpiId.of("stop-use-requests");
    static final RuleId RESIDENT_CONTROL = RuleId.of("resident-control");

    public static void main(String[] args) {
        java.util.logging.Logger.getLogger("org.hibernate.validator").setLevel(java.util.logging.Level.WARNING);
        // simulated time: the loop runs over 2027, one step a month
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2027-01-05T09:00:00Z"));
        CompositionRoot city = CompositionRoot.inMemory(now::get);

        ScenarioReading reading = new ScenarioLoader().read(Path.of("examples", "kashiwanoha-frailty.json"));
        if (!(reading instanceof ScenarioReading.Valid valid)) {
            System.err.println(reading);
            System.exit(2);
            return;
        }
        GovernanceProject project = city.importScenario()
                .importScenario(new ImportScenario.Command(valid.scenario(), SECRETARIAT, Role.ADMIN)).orElseThrow();
        ProjectId id = project.id();
        for (String reason : List.of("overview agreed by the council", "laws and soft laws organized",
                "risks analysed with residents and doctors", "rules approved by the committee")) {
            project = ok(city.moveCycle().move(new MoveCycle.Command(id, MoveCycle.Direction.ADVANCE, SECRETARIAT,
                    reason)));
        }
        System.out.println(id + " is at " + project.cycle().step() + ", revision " + project.cycle().revision());
        ProjectAssessment assessed = city.assessProject().assess(id).orElseThrow();

        // a year of monthly measurements of unanswered stop-use requests (threshold: at most 0)
        double[] unanswered = {0, 0, 0, 1, 0, 0, 0, 0, 2, 0, 0, 0};
        for (int month = 0; month < unanswered.length; month++) {
            LocalDate endOfMonth = LocalDate.of(2027, month + 1, 1).plusMonths(1).minusDays(1);
            now.set(endOfMonth.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(3600));
            ok(city.evaluateProject().record(new EvaluateProject.Command(id,
                    new EvaluateProject.Input.Measure(UNANSWERED, new Measurement(endOfMonth, unanswered[month])),
                    SECRETARIAT)));
            if (month == 6) {
                // a new resident survey: acceptance of the use of medical data fell from 71% to 22% (3.4)
                ok(city.evaluateProject().record(new EvaluateProject.Command(id, new EvaluateProject.Input.Declare(
                        new ProjectEvent(ProjectEvent.Kind.AWARENESS_CHANGE, endOfMonth,
                                "resident survey: 22% accept the use of medical data (71% before)",
                                OptionalInt.empty())), SECRETARIAT)));
                ProjectOverview overview = city.viewProjects().get(id).orElseThrow().overview();
                Region region = overview.region();
                ok(city.changeProject().change(new ChangeProject.Command(id, new ChangeProject.Change.ReviseOverview(
                        new ProjectOverview(overview.id(), overview.name(), overview.objective(), overview.stage(),
                                new Region(region.name(), region.profile(), List.of(new AcceptanceSurvey(
                                        DataCategory.MEDICAL, 0.22, "2027 resident survey (simulated)"))))),
                        SECRETARIAT)));
            }
            Result<GovernanceProject> turned = city.evaluateProject().reviseIfTriggered(id, SECRETARIAT);
            if (!(turned instanceof Result.Success<GovernanceProject> success)) {
                continue; // nothing triggered a revision this month
            }
            project = success.value();
            CycleTransition revision = project.cycle().history().getLast();
            System.out.println();
            System.out.println(endOfMonth + ": revision " + revision.revision() + " back to " + revision.to());
            System.out.println("  reason: " + revision.reason());
            project = reviseRuleAndMoveOn(city, id, project, endOfMonth);
            ProjectAssessment again = city.assessProject().assess(id).orElseThrow();
            System.out.println("  re-assessment: " + AssessmentChange.between(assessed, again).readable()
                    .replace("\n", "\n                 "));
            assessed = again;
        }

        System.out.println();
        System.out.println("Versions of rule " + RESIDENT_CONTROL + ":");
        List<Rule> versions = city.designRules().history(id, RESIDENT_CONTROL).orElseThrow();
        versions.forEach(r -> System.out.println("  " + r));
        for (int v = 2; v <= versions.size(); v++) {
            System.out.println(city.designRules().diff(id, RESIDENT_CONTROL, v - 1, v).orElseThrow().readable()
                    .replace("\n", "\n  "));
        }
        System.out.println();
        System.out.println("Cycle history:");
        project = city.viewProjects().get(id).orElseThrow();
        project.cycle().history().forEach(t -> System.out.println("  " + t.at() + "  rev " + t.revision() + "  "
                + t.from() + " -> " + t.to() + "  (" + t.actor() + ": " + t.reason() + ")"));
    }

    /** The committee answers the trigger: requests are answered faster, in a new version of the rule. */
    static GovernanceProject reviseRuleAndMoveOn(CompositionRoot city, ProjectId id, GovernanceProject project,
                                                 LocalDate on) {
        Rule current = project.governance().rules().current(RESIDENT_CONTROL).orElseThrow();
        int days = Math.max(3, ((RuleTerms.IndividualControl) current.terms()).responseDays() / 2);
        DesignRules rules = city.designRules();
        ok(city.moveCycle().move(new MoveCycle.Command(id, MoveCycle.Direction.ADVANCE, SECRETARIAT,
                "risks re-analysed after the trigger")));
        ok(rules.design(new DesignRules.Command(id, new DesignRules.Change.ReviseRule(RESIDENT_CONTROL,
                "Residents can see their score, have it corrected and stop its use; requests are answered within "
                        + days + " days.", new RuleTerms.IndividualControl(EnumSet.of(IndividualRight.STOP_USE,
                        IndividualRight.CORRECTION, IndividualRight.DISCLOSURE), days),
                Set.of(DataFlowId.of("score-residents"), DataFlowId.of("invite-residents")),
                Set.of("IDENTIFICATION", "AGGREGATION")), COMMITTEE, Role.APPROVER)));
        ok(rules.design(new DesignRules.Command(id, new DesignRules.Change.ApproveRule(RESIDENT_CONTROL, on),
                COMMITTEE, Role.APPROVER)));
        ok(rules.design(new DesignRules.Command(id, new DesignRules.Change.PutInForce(RESIDENT_CONTROL),
                COMMITTEE, Role.APPROVER)));
        GovernanceProject moved = ok(city.moveCycle().move(new MoveCycle.Command(id, MoveCycle.Direction.ADVANCE,
                SECRETARIAT, "revised rules in force")));
        if (moved.cycle().step() != GovernanceStep.IMPLEMENTATION_AND_EVALUATION) {
            throw new IllegalStateException("expected implementation and evaluation, got " + moved.cycle().step());
        }
        return moved;
    }

    static GovernanceProject ok(Result<GovernanceProject> result) {
        return switch (result) {
            case Result.Success<GovernanceProject> s -> s.value();
            case Result.Failure<GovernanceProject> f -> throw new IllegalStateException(f.reason() + ": "
                    + f.message());
        };
    }
}
