package org.citygov.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.cedarpolicy.model.AuthorizationSuccessResponse;
import org.citygov.domain.assessment.ProjectAssessment;
import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.data.DataFlow;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.linkage.ConsentRegistry;
import org.citygov.domain.linkage.Decision;
import org.citygov.domain.linkage.DecisionPoint;
import org.citygov.domain.linkage.LinkageRequest;
import org.citygov.domain.linkage.SubjectId;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.stakeholder.StakeholderId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Our decision point and cedar-java side by side, in the same run, on the same request stream: the workload of
 * {@link LinkageBenchmark#decide} (the frailty example grown to 1,000 research parties, 1,000 consent rules in force,
 * 100,000 consents, 4,096 subject requests of which about 1 in 6 names a subject without consent), with 1,000 of the
 * consents withdrawn (a withdrawal is the latest record, so the decision denies) and 2,000 consents for the example's
 * own consent-based flows. Cedar decides the translations of {@link CedarLinkagePolicy}: {@code cedar} one policy
 * per flow key (1,006 policies), {@code cedarOnePolicy} one attribute-based policy with the party's grants as an
 * entity. Before anything is measured, the trial setup checks that CityGov and each Cedar form give the same
 * PERMIT/DENY on the 4,096 benchmark requests and on 10,000 more mixed ones ({@link #check}), and fails if one
 * differs.
 * {@code scripts/bench LinkageCedarBenchmark -f 1 -wi 2 -i 3 -w 3s -r 5s -t 1}; the check alone:
 * {@code java -cp benchmarks/target/citygov-benchmarks-all.jar org.citygov.benchmarks.LinkageCedarBenchmark}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LinkageCedarBenchmark {

    @State(Scope.Benchmark)
    public static class Workload {
        LinkageBenchmark.SyntheticCity city;
        ProjectAssessment assessment;
        DecisionPoint point;
        CedarLinkagePolicy cedar;
        CedarLinkagePolicy cedarOne;
        LinkageRequest[] requests;
        CedarLinkagePolicy.CedarRequest[] cedarRequests;

        @Setup(Level.Trial)
        public void build() {
            city = LinkageBenchmark.SyntheticCity.of(1000);
            assessment = ProjectAssessment.of(city.project(), city.edition());
            point = new DecisionPoint(new ConsentRegistry());
            point.compile(city.project(), assessment);
            ProjectId project = city.project().id();
            ConsentRegistry consents = point.consents();
            Set<SubjectId> subjects = new LinkedHashSet<>();
            for (int s = 0; s < 100_000; s++) {
                SubjectId subject = SubjectId.of("subject-" + s);
                consents.grant(subject, project, LinkageBenchmark.SyntheticCity.asset(s % 1000),
                        PurposeKind.RESEARCH, Instant.EPOCH);
                subjects.add(subject);
            }
            for (int s = 99; s < 100_000; s += 100) {
                consents.withdraw(SubjectId.of("subject-" + s), project,
                        LinkageBenchmark.SyntheticCity.asset(s % 1000), PurposeKind.RESEARCH, Instant.EPOCH
                                .plusSeconds(1)).orElseThrow();
            }
            for (int s = 0; s < 1000; s++) {
                SubjectId subject = SubjectId.of("subject-" + s);
                consents.grant(subject, project, DataAssetId.of("health-questionnaire"), PurposeKind.PUBLIC_HEALTH,
                        Instant.EPOCH);
                consents.grant(subject, project, DataAssetId.of("risk-scores"), PurposeKind.CARE_AND_WATCHING_OVER,
                        Instant.EPOCH);
                if (s % 10 == 3) {
                    consents.withdraw(subject, project, DataAssetId.of("risk-scores"),
                            PurposeKind.CARE_AND_WATCHING_OVER, Instant.EPOCH.plusSeconds(1)).orElseThrow();
                }
            }
            cedar = CedarLinkagePolicy.translate(CedarLinkagePolicy.Form.PER_FLOW, city.project(), assessment,
                    consents, subjects);
            cedarOne = CedarLinkagePolicy.translate(CedarLinkagePolicy.Form.ONE_POLICY, city.project(), assessment,
                    consents, subjects);
            requests = new LinkageRequest[4096];
            Random random = new Random(42);
            for (int i = 0; i < requests.length; i++) {
                int s = random.nextInt(120_000);
                int flow = s % 1000;
                requests[i] = LinkageRequest.forSubject(project, LinkageBenchmark.SyntheticCity.party(flow),
                        LinkageBenchmark.SyntheticCity.asset(flow), PurposeKind.RESEARCH,
                        SubjectId.of("subject-" + s), Set.of("field"));
            }
            cedarRequests = new CedarLinkagePolicy.CedarRequest[requests.length];
            for (int i = 0; i < requests.length; i++) {
                cedarRequests[i] = CedarLinkagePolicy.request(requests[i]);
            }
            for (CedarLinkagePolicy form : List.of(cedar, cedarOne)) {
                Agreement agreement = check(this, form);
                System.out.println(agreement);
                if (agreement.disagreements() > 0) {
                    throw new IllegalStateException("cedar and CityGov disagree: " + agreement);
                }
            }
        }
    }

    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Benchmark
    public Decision citygov(Workload workload, Cursor cursor) {
        return workload.point.decide(workload.requests[cursor.next++ & 4095]);
    }

    @Benchmark
    public AuthorizationSuccessResponse cedar(Workload workload, Cursor cursor) {
        return workload.cedar.decide(workload.cedarRequests[cursor.next++ & 4095]);
    }

    @Benchmark
    public AuthorizationSuccessResponse cedarOnePolicy(Workload workload, Cursor cursor) {
        return workload.cedarOne.decide(workload.cedarRequests[cursor.next++ & 4095]);
    }

    /** How the two engines compared: requests, agreements, permits and denials (by ours), the first differences. */
    record Agreement(CedarLinkagePolicy.Form form, int requests, int agreed, int permits, int denials, List<String> firstDifferences) {
        int disagreements() {
            return requests - agreed;
        }

        @Override
        public String toString() {
            return "cedar (" + form + ") vs CityGov: " + agreed + " of " + requests + " requests agree (" + permits + " PERMIT, "
                    + denials + " DENY by CityGov)" + (firstDifferences.isEmpty() ? "" : "; differ: "
                    + firstDifferences);
        }
    }

    /**
     * Both engines on the 4,096 benchmark requests and on 10,000 mixed ones: subject requests along the synthetic
     * flows, aggregate requests, the wrong party, another purpose, a role named, another project, and subject and
     * aggregate requests along the example's own flows (consent-based, by law, refused by the assessment).
     */
    static Agreement check(Workload workload, CedarLinkagePolicy cedar) {
        List<LinkageRequest> sample = new ArrayList<>(List.of(workload.requests));
        Random random = new Random(7);
        ProjectId project = workload.city.project().id();
        List<DataFlow> exampleFlows = workload.city.project().dataFlows().stream()
                .filter(f -> !f.id().value().startsWith("flow-")).toList();
        for (int i = 0; i < 10_000; i++) {
            int s = random.nextInt(120_000);
            int flow = s % 1000;
            StakeholderId party = LinkageBenchmark.SyntheticCity.party(flow);
            DataAssetId asset = LinkageBenchmark.SyntheticCity.asset(flow);
            SubjectId subject = SubjectId.of("subject-" + s);
            Set<String> fields = Set.of("field");
            LinkageRequest request = switch (i % 10) {
                case 0, 1, 2, 3 -> LinkageRequest.forSubject(project, party, asset, PurposeKind.RESEARCH, subject,
                        fields);
                case 4 -> LinkageRequest.aggregate(project, party, asset, PurposeKind.RESEARCH, fields);
                case 5 -> LinkageRequest.forSubject(project, LinkageBenchmark.SyntheticCity.party((flow + 1) % 1000),
                        asset, PurposeKind.RESEARCH, subject, fields);
                case 6 -> LinkageRequest.forSubject(project, party, asset, PurposeKind.ADVERTISING, subject, fields);
                case 7 -> LinkageRequest.forSubject(project, party, asset, PurposeKind.RESEARCH, subject, fields)
                        .inRole("analyst");
                case 8 -> LinkageRequest.forSubject(ProjectId.of("elsewhere"), party, asset, PurposeKind.RESEARCH,
                        subject, fields);
                default -> {
                    DataFlow f = exampleFlows.get(random.nextInt(exampleFlows.size()));
                    yield random.nextBoolean()
                            ? LinkageRequest.forSubject(project, f.to(), f.asset(), f.purpose().kind(),
                            SubjectId.of("subject-" + random.nextInt(1500)), fields)
                            : LinkageRequest.aggregate(project, f.to(), f.asset(), f.purpose().kind(), fields);
                }
            };
            sample.add(request);
        }
        int agreed = 0;
        int permits = 0;
        List<String> differences = new ArrayList<>();
        for (LinkageRequest request : sample) {
            boolean ours = workload.point.decide(request).permitted();
            AuthorizationSuccessResponse theirs = cedar.decide(CedarLinkagePolicy.request(request));
            if (!theirs.getErrors().isEmpty()) {
                throw new IllegalStateException("cedar reports errors for " + request + ": " + theirs.getErrors());
            }
            permits += ours ? 1 : 0;
            if (ours == theirs.isAllowed()) {
                agreed++;
            } else if (differences.size() < 5) {
                differences.add(request + " ours " + ours + " cedar " + theirs);
            }
        }
        return new Agreement(cedar.form(), sample.size(), agreed, permits, sample.size() - permits, differences);
    }

    /** The equivalence check alone, without JMH; run from the repository root (it reads examples/). */
    public static void main(String[] args) {
        Workload workload = new Workload();
        long start = System.nanoTime();
        workload.build(); // prints the agreement and throws if the engines differ
        System.out.printf("%d + %d cedar policies, %d subject entities, %d consent combinations; setup and check %d ms%n",
                workload.cedar.policyCount(), workload.cedarOne.policyCount(), workload.cedar.entityCount(),
                workload.point.consents().size(),
                (System.nanoTime() - start) / 1_000_000);
    }
}
