package org.citygov.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.citygov.adapter.persistence.catalogue.BundledCatalogue;
import org.citygov.domain.assessment.ProjectAssessment;
import org.citygov.domain.catalogue.CatalogueEdition;
import org.citygov.domain.data.Beneficiary;
import org.citygov.domain.data.CollectionMethod;
import org.citygov.domain.data.DataAsset;
import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.data.DataCategory;
import org.citygov.domain.data.DataFlow;
import org.citygov.domain.data.DataFlowId;
import org.citygov.domain.data.DataSubject;
import org.citygov.domain.data.Identifiability;
import org.citygov.domain.data.LegalBasis;
import org.citygov.domain.data.LifecycleStage;
import org.citygov.domain.data.NoticeChannel;
import org.citygov.domain.data.Purpose;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.data.Safeguard;
import org.citygov.domain.data.SubjectGroup;
import org.citygov.domain.project.Actor;
import org.citygov.domain.project.Benefit;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.project.ProjectOverview;
import org.citygov.domain.project.ProjectParts;
import org.citygov.domain.project.PromotionStage;
import org.citygov.domain.project.Region;
import org.citygov.domain.project.RegionProfile;
import org.citygov.domain.project.Service;
import org.citygov.domain.project.ServiceField;
import org.citygov.domain.project.ServiceId;
import org.citygov.domain.stakeholder.Involvement;
import org.citygov.domain.stakeholder.Rating;
import org.citygov.domain.stakeholder.Stakeholder;
import org.citygov.domain.stakeholder.StakeholderCategory;
import org.citygov.domain.stakeholder.StakeholderId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Assesses a synthetic city portfolio: {@code projects} projects of {@code flowsPerProject} data flows each (one asset
 * per five flows, eight stakeholders), generated from a fixed seed so that every run measures the same portfolio.
 * One operation is the full assessment of the whole portfolio (stakeholders, laws, soft laws, four-factor tests and
 * risks) by the bundled edition. Flows per second = projects × flowsPerProject / (seconds per operation).
 *
 * <p>{@code scripts/bench PortfolioAssessmentBenchmark -f 1 -wi 2 -i 3}; figures in {@code docs/benchmarks.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PortfolioAssessmentBenchmark {

    @Param({"250", "500", "1000"})
    public int projects;

    @Param({"25", "50", "100"})
    public int flowsPerProject;

    private List<GovernanceProject> portfolio;
    private CatalogueEdition edition;

    @Setup(Level.Trial)
    public void generate() {
        edition = new BundledCatalogue().edition();
        SplittableRandom random = new SplittableRandom(20230201L);
        portfolio = new ArrayList<>(projects);
        for (int p = 0; p < projects; p++) {
            portfolio.add(project(p, flowsPerProject, random));
        }
    }

    @Benchmark
    public int assessPortfolio() {
        int findings = 0;
        for (GovernanceProject project : portfolio) {
            ProjectAssessment assessment = ProjectAssessment.of(project, edition);
            findings += assessment.risks().size() + assessment.legalTests().size() + assessment.laws().size();
        }
        return findings;
    }

    // ---- synthetic portfolio

    private static final StakeholderCategory[] CATEGORIES = {StakeholderCategory.RESIDENT,
            StakeholderCategory.LOCAL_GOVERNMENT, StakeholderCategory.LOCAL_COMPANY,
            StakeholderCategory.OUT_OF_AREA_COMPANY, StakeholderCategory.PLATFORM_OPERATOR,
            StakeholderCategory.UNIVERSITY, StakeholderCategory.VISITOR, StakeholderCategory.CIVIC_ORGANIZATION};
    private static final DataCategory[] DATA = {DataCategory.CAMERA_IMAGE, DataCategory.FACIAL_FEATURES,
            DataCategory.LOCATION, DataCategory.TRANSPORT, DataCategory.HEALTH, DataCategory.MEDICAL,
            DataCategory.EDUCATION, DataCategory.SMARTPHONE_APP, DataCategory.CONTACT, DataCategory.FINANCIAL,
            DataCategory.ESTIMATED_ATTRIBUTES};
    private static final CollectionMethod[] METHODS = CollectionMethod.values();
    private static final PurposeKind[] PURPOSES = PurposeKind.values();
    private static final LegalBasis[] BASES = {LegalBasis.CONSENT, LegalBasis.OPT_OUT, LegalBasis.LAW,
            LegalBasis.PUBLIC_INTEREST, LegalBasis.NONE};
    private static final Safeguard[] SAFEGUARDS = {Safeguard.ACCESS_CONTROL, Safeguard.ENCRYPTION,
            Safeguard.ACCESS_LOGGING, Safeguard.RETENTION_LIMIT, Safeguard.PSEUDONYMIZATION};

    static GovernanceProject project(int index, int flowCount, SplittableRandom random) {
        List<Stakeholder> stakeholders = new ArrayList<>();
        for (int s = 0; s < CATEGORIES.length; s++) {
            stakeholders.add(Stakeholder.of(StakeholderId.of("party-" + s), "party " + s, CATEGORIES[s],
                    Involvement.DIRECT, Rating.of(1 + random.nextInt(5)), Rating.of(1 + random.nextInt(5))));
        }
        ServiceField[] fields = ServiceField.values();
        List<Service> services = List.of(
                new Service(ServiceId.of("service-a"), "a", fields[random.nextInt(fields.length)], Benefit.BOTH),
                new Service(ServiceId.of("service-b"), "b", fields[random.nextInt(fields.length)], Benefit.BOTH));
        int assetCount = Math.max(1, flowCount / 5);
        List<DataAsset> assets = new ArrayList<>();
        for (int a = 0; a < assetCount; a++) {
            Set<DataCategory> categories = EnumSet.of(DATA[random.nextInt(DATA.length)],
                    DATA[random.nextInt(DATA.length)]);
            Set<Safeguard> safeguards = EnumSet.noneOf(Safeguard.class);
            for (Safeguard safeguard : SAFEGUARDS) {
                if (random.nextInt(3) > 0) {
                    safeguards.add(safeguard);
                }
            }
            Set<SubjectGroup> groups = random.nextInt(4) == 0 ? EnumSet.of(SubjectGroup.CHILDREN)
                    : random.nextInt(4) == 0 ? EnumSet.of(SubjectGroup.ELDERLY) : EnumSet.noneOf(SubjectGroup.class);
            assets.add(new DataAsset(DataAssetId.of("asset-" + a), "asset " + a, categories, DataSubject.INDIVIDUAL,
                    Optional.of(Identifiability.values()[random.nextInt(4)]), random.nextInt(5) == 0, groups,
                    random.nextInt(2000), safeguards));
        }
        List<DataFlow> flows = new ArrayList<>();
        LifecycleStage[] stages = LifecycleStage.values();
        for (int f = 0; f < flowCount; f++) {
            DataAsset asset = assets.get(random.nextInt(assets.size()));
            LifecycleStage stage = stages[random.nextInt(stages.length)];
            CollectionMethod method = CollectionMethod.SYSTEM_TRANSFER;
            if (stage == LifecycleStage.COLLECTION) {
                CollectionMethod candidate = METHODS[random.nextInt(METHODS.length)];
                if (candidate.canYieldAnyOf(asset.categories())) {
                    method = candidate;
                }
            }
            int from = random.nextInt(CATEGORIES.length);
            int to = (from + 1 + random.nextInt(CATEGORIES.length - 1)) % CATEGORIES.length;
            PurposeKind purpose = PURPOSES[random.nextInt(PURPOSES.length)];
            LegalBasis basis = purpose.isEmergency() && random.nextBoolean() ? LegalBasis.EMERGENCY
                    : BASES[random.nextInt(BASES.length)];
            flows.add(new DataFlow(DataFlowId.of("flow-" + f), asset.id(), stage, StakeholderId.of("party-" + from),
                    StakeholderId.of("party-" + to), method,
                    new Purpose("purpose " + f, purpose, Beneficiary.values()[random.nextInt(3)]), basis,
                    random.nextBoolean() ? EnumSet.of(NoticeChannel.WEBSITE) : EnumSet.noneOf(NoticeChannel.class),
                    random.nextInt(3) == 0, stage == LifecycleStage.COLLECTION && random.nextInt(10) == 0,
                    random.nextInt(4) == 0, random.nextInt(20) == 0 ? Optional.of("a gentler sensor")
                    : Optional.empty()));
        }
        RegionProfile[] profiles = RegionProfile.values();
        ProjectParts parts = new ProjectParts(new ProjectOverview(ProjectId.of("project-" + index), "project",
                "synthetic project", PromotionStage.PLANNING,
                new Region("region", EnumSet.of(profiles[random.nextInt(profiles.length)]), List.of())),
                services, stakeholders, assets, flows);
        return GovernanceProject.create(parts, Actor.of("benchmark"), Instant.EPOCH).orElseThrow();
    }
}
