package org.citygov.domain.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.citygov.domain.catalogue.CatalogueEdition;
import org.citygov.domain.catalogue.CatalogueId;
import org.citygov.domain.catalogue.CityGovDefaults;
import org.citygov.domain.catalogue.EngagementFormatEntry;
import org.citygov.domain.catalogue.EngagementMethodEntry;
import org.citygov.domain.catalogue.FocalPoint;
import org.citygov.domain.catalogue.FocalPointEntry;
import org.citygov.domain.catalogue.HarmEntry;
import org.citygov.domain.catalogue.HarmStage;
import org.citygov.domain.catalogue.Label;
import org.citygov.domain.catalogue.Law;
import org.citygov.domain.catalogue.LawArea;
import org.citygov.domain.catalogue.LawScope;
import org.citygov.domain.catalogue.PrivacyHarm;
import org.citygov.domain.catalogue.SoftLaw;
import org.citygov.domain.catalogue.SoftLawTopic;
import org.citygov.domain.catalogue.StakeholderCategoryEntry;
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
import org.citygov.domain.project.AcceptanceSurvey;
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
import org.citygov.domain.project.Site;
import org.citygov.domain.stakeholder.EngagementFormat;
import org.citygov.domain.stakeholder.EngagementMethod;
import org.citygov.domain.stakeholder.Importance;
import org.citygov.domain.stakeholder.ImportanceBands;
import org.citygov.domain.stakeholder.Involvement;
import org.citygov.domain.stakeholder.Rating;
import org.citygov.domain.stakeholder.Stakeholder;
import org.citygov.domain.stakeholder.StakeholderCategory;
import org.citygov.domain.stakeholder.StakeholderId;

/**
 * Small fixtures for the assessment tests: a compact but complete catalogue edition, and builders for assets, flows and
 * projects whose defaults are benign (consented, noticed, well protected), so each test states only what it is about.
 * Default parties: {@code residents} (RESIDENT), {@code city} (LOCAL_GOVERNMENT), {@code vendor}
 * (OUT_OF_AREA_COMPANY), {@code hub} (PLATFORM_OPERATOR), {@code welfare} (LOCAL_GOVERNMENT).
 */
public final class AssessmentFixtures {

    private AssessmentFixtures() {
    }

    static Label label(String en) {
        return Label.of(en, en + "（日本語）");
    }

    /** An edition with two areas, four laws, two soft-law topics, and every code the analysis needs. */
    public static CatalogueEdition edition() {
        return edition(List.of(
                new Law(CatalogueId.of("appi"), label("APPI"), LawScope.personalData(), "5.2"),
                new Law(CatalogueId.of("civil-code-709"), label("Civil Code 709"), LawScope.personalData(), "5.3 (1)"),
                new Law(CatalogueId.of("road-traffic-act"), label("Road Traffic Act"),
                        LawScope.inArea(CatalogueId.of("traffic")), "Table 5-2"),
                new Law(CatalogueId.of("medical-service-act"), label("Medical Service Act"),
                        LawScope.inArea(CatalogueId.of("health")), "Table 5-2")));
    }

    public static CatalogueEdition edition(List<Law> laws) {
        return new CatalogueEdition("test-1", label("test edition"),
                List.of(new LawArea(CatalogueId.of("traffic"), label("Traffic and mobility"),
                                EnumSet.of(ServiceField.TRANSPORT_AND_MOBILITY, ServiceField.LOGISTICS), "Table 5-2"),
                        new LawArea(CatalogueId.of("health"), label("Health and welfare"),
                                EnumSet.of(ServiceField.HEALTH_AND_WELFARE, ServiceField.MEDICAL_CARE), "Table 5-2")),
                laws,
                List.of(new SoftLawTopic(CatalogueId.of("camera-images"), label("Camera images"),
                                EnumSet.of(DataCategory.CAMERA_IMAGE, DataCategory.FACIAL_FEATURES), "Table 5-3"),
                        new SoftLawTopic(CatalogueId.of("medical-information"), label("Medical information"),
                                EnumSet.of(DataCategory.MEDICAL), "Table 5-3")),
                List.of(new SoftLaw(CatalogueId.of("camera-guidebook"), label("Camera guidebook"),
                                CatalogueId.of("camera-images"), "Table 5-3"),
                        new SoftLaw(CatalogueId.of("medical-a"), label("Medical A"),
                                CatalogueId.of("medical-information"), "Table 5-3"),
                        new SoftLaw(CatalogueId.of("medical-b"), label("Medical B"),
                                CatalogueId.of("medical-information"), "Table 5-3")),
                focalPoints(), harms(), categories(), formats(), methods(), cityGovDefaults());
    }

    /** The bundled edition's CityGov defaults, written out for tests (the bundled file is the source of truth). */
    public static CityGovDefaults cityGovDefaults() {
        return new CityGovDefaults(importanceBands(), new CityGovDefaults.AcceptanceShares(0.25, 0.5, 0.8), "HIGH",
                new CityGovDefaults.RuleDrafts(30, 1825, 14, 72, 365), fourFactorLimits(),
                new CityGovDefaults.ProjectWide(3, 2, 4), monitoringThresholds());
    }

    /** The bundled edition's four-factor limits: 30 / 90 / 365 days and its vague wording. */
    public static CityGovDefaults.FourFactorLimits fourFactorLimits() {
        return new CityGovDefaults.FourFactorLimits(30, 90, 365, CityGovDefaults.VagueWording.of(java.util.List.of(
                "various purposes", "various", "as needed", "as necessary", "purposes needed", "needed by",
                "any purpose", "other purposes", "general purposes", "business purposes", "future use", "etc",
                "and so on", "miscellaneous", "各種", "その他", "必要な目的", "等の目的", "などの目的")));
    }

    /** The bundled edition's monitoring thresholds. */
    public static org.citygov.domain.catalogue.MonitoringThresholds monitoringThresholds() {
        return new org.citygov.domain.catalogue.MonitoringThresholds(java.time.Duration.ofMinutes(10), 10,
                java.time.Duration.ofHours(1), 1, java.time.Duration.ofHours(1), 24, 6, 5.0, 50);
    }

    /** 1-4 LOW, 5-9 MEDIUM, 10-15 HIGH, 16-25 CRITICAL; distribution, gathering, two-way, involvement. */
    public static ImportanceBands importanceBands() {
        Map<Importance, ImportanceBands.Band> bands = new EnumMap<>(Importance.class);
        bands.put(Importance.LOW, new ImportanceBands.Band(1, 4));
        bands.put(Importance.MEDIUM, new ImportanceBands.Band(5, 9));
        bands.put(Importance.HIGH, new ImportanceBands.Band(10, 15));
        bands.put(Importance.CRITICAL, new ImportanceBands.Band(16, 25));
        Map<Importance, EngagementFormat> engagement = new EnumMap<>(Importance.class);
        engagement.put(Importance.LOW, EngagementFormat.INFORMATION_DISTRIBUTION);
        engagement.put(Importance.MEDIUM, EngagementFormat.INFORMATION_GATHERING);
        engagement.put(Importance.HIGH, EngagementFormat.TWO_WAY);
        engagement.put(Importance.CRITICAL, EngagementFormat.INVOLVEMENT);
        return new ImportanceBands(bands, engagement);
    }

    public static List<FocalPointEntry> focalPoints() {
        return EnumSet.allOf(FocalPoint.class).stream()
                .map(f -> new FocalPointEntry(f, label(f.name()), label(f.name() + "?"), "Table 5-4")).toList();
    }

    public static List<HarmEntry> harms() {
        List<HarmEntry> harms = new ArrayList<>();
        for (PrivacyHarm harm : PrivacyHarm.values()) {
            HarmStage stage = switch (harm) {
                case SURVEILLANCE, INTERROGATION -> HarmStage.COLLECTION;
                case AGGREGATION, IDENTIFICATION, INSECURITY, SECONDARY_USE, EXCLUSION -> HarmStage.PROCESSING;
                case INTRUSION, DECISIONAL_INTERFERENCE -> HarmStage.INVASION;
                default -> HarmStage.DISSEMINATION;
            };
            harms.add(new HarmEntry(harm, stage, label(harm.name()), label(harm.name() + "?"), "Appendix"));
        }
        return harms;
    }

    public static List<StakeholderCategoryEntry> categories() {
        return EnumSet.allOf(StakeholderCategory.class).stream()
                .map(c -> new StakeholderCategoryEntry(c, label(c.name()), label("role"), "Fig. 4-3")).toList();
    }

    public static List<EngagementFormatEntry> formats() {
        return EnumSet.allOf(EngagementFormat.class).stream()
                .map(f -> new EngagementFormatEntry(f, label(f.name()), "Table 5-1")).toList();
    }

    public static List<EngagementMethodEntry> methods() {
        return EnumSet.allOf(EngagementMethod.class).stream()
                .map(m -> new EngagementMethodEntry(m, m.format(), label(m.name()), "Table 5-1")).toList();
    }

    // ---- assets

    public static AssetBuilder asset(String id, DataCategory... categories) {
        return new AssetBuilder(id, categories);
    }

    public static final class AssetBuilder {
        private final String id;
        private final Set<DataCategory> categories;
        private DataSubject subject = DataSubject.INDIVIDUAL;
        private Identifiability identifiability = Identifiability.IDENTIFIED;
        private boolean specialCare;
        private final Set<SubjectGroup> groups = EnumSet.noneOf(SubjectGroup.class);
        private int retentionDays = 30;
        private Set<Safeguard> safeguards = EnumSet.of(Safeguard.ACCESS_CONTROL, Safeguard.ENCRYPTION,
                Safeguard.ACCESS_LOGGING, Safeguard.RETENTION_LIMIT);

        AssetBuilder(String id, DataCategory... categories) {
            this.id = id;
            this.categories = EnumSet.of(categories[0], categories);
        }

        public AssetBuilder about(DataSubject value) {
            subject = value;
            return this;
        }

        public AssetBuilder identifiability(Identifiability value) {
            identifiability = value;
            return this;
        }

        public AssetBuilder specialCare() {
            specialCare = true;
            return this;
        }

        public AssetBuilder of(SubjectGroup group) {
            groups.add(group);
            return this;
        }

        public AssetBuilder retainedFor(int days) {
            retentionDays = days;
            return this;
        }

        public AssetBuilder safeguards(Safeguard... values) {
            safeguards = values.length == 0 ? EnumSet.noneOf(Safeguard.class) : EnumSet.of(values[0], values);
            return this;
        }

        public DataAsset build() {
            boolean personal = subject == DataSubject.INDIVIDUAL;
            return new DataAsset(DataAssetId.of(id), id, categories, subject,
                    personal ? Optional.of(identifiability) : Optional.empty(), specialCare, groups, retentionDays,
                    safeguards);
        }
    }

    // ---- flows

    public static FlowBuilder flow(String id, String asset) {
        return new FlowBuilder(id, asset);
    }

    public static final class FlowBuilder {
        private final String id;
        private final String asset;
        private LifecycleStage stage = LifecycleStage.COLLECTION;
        private String from = "residents";
        private String to = "city";
        private CollectionMethod method = CollectionMethod.MANUAL_ENTRY;
        private PurposeKind purpose = PurposeKind.SERVICE_DELIVERY;
        private Beneficiary beneficiary = Beneficiary.DATA_SUBJECT;
        private LegalBasis basis = LegalBasis.CONSENT;
        private Set<NoticeChannel> notice = EnumSet.of(NoticeChannel.WEBSITE);
        private boolean continuous;
        private boolean covert;
        private boolean linksOtherFields;
        private String alternative;
        private String purposeText;

        FlowBuilder(String id, String asset) {
            this.id = id;
            this.asset = asset;
        }

        public FlowBuilder at(LifecycleStage value) {
            stage = value;
            return this;
        }

        public FlowBuilder from(String value) {
            from = value;
            return this;
        }

        public FlowBuilder to(String value) {
            to = value;
            return this;
        }

        public FlowBuilder by(CollectionMethod value) {
            method = value;
            return this;
        }

        public FlowBuilder purpose(PurposeKind kind, Beneficiary whom) {
            purpose = kind;
            beneficiary = whom;
            return this;
        }

        public FlowBuilder purpose(PurposeKind kind) {
            purpose = kind;
            return this;
        }

        public FlowBuilder purposeText(String value) {
            purposeText = value;
            return this;
        }

        public FlowBuilder basis(LegalBasis value) {
            basis = value;
            return this;
        }

        public FlowBuilder noNotice() {
            notice = EnumSet.noneOf(NoticeChannel.class);
            return this;
        }

        public FlowBuilder continuous() {
            continuous = true;
            return this;
        }

        public FlowBuilder covert() {
            covert = true;
            return this;
        }

        public FlowBuilder linksOtherFields() {
            linksOtherFields = true;
            return this;
        }

        public FlowBuilder alternative(String value) {
            alternative = value;
            return this;
        }

        public DataFlow build() {
            return new DataFlow(DataFlowId.of(id), DataAssetId.of(asset), stage, StakeholderId.of(from),
                    StakeholderId.of(to), method, new Purpose(purposeText != null ? purposeText : "purpose of " + id, purpose,
                    beneficiary), basis, notice,
                    continuous, covert, linksOtherFields, Optional.ofNullable(alternative));
        }
    }

    // ---- projects

    public static ProjectBuilder project() {
        return new ProjectBuilder();
    }

    public static Stakeholder stakeholder(String id, StakeholderCategory category, int impact, int uncertainty) {
        return Stakeholder.of(StakeholderId.of(id), id, category, Involvement.DIRECT, Rating.of(impact),
                Rating.of(uncertainty));
    }

    public static final class ProjectBuilder {
        private final List<Service> services = new ArrayList<>(List.of(new Service(ServiceId.of("main"), "main",
                ServiceField.COMMUNITY_BUILDING, Benefit.BOTH)));
        private final List<Stakeholder> stakeholders = new ArrayList<>(List.of(
                AssessmentFixtures.stakeholder("residents", StakeholderCategory.RESIDENT, 2, 2),
                AssessmentFixtures.stakeholder("city", StakeholderCategory.LOCAL_GOVERNMENT, 2, 2),
                AssessmentFixtures.stakeholder("vendor", StakeholderCategory.OUT_OF_AREA_COMPANY, 2, 2),
                AssessmentFixtures.stakeholder("hub", StakeholderCategory.PLATFORM_OPERATOR, 2, 2),
                AssessmentFixtures.stakeholder("welfare", StakeholderCategory.LOCAL_GOVERNMENT, 2, 2)));
        private final List<DataAsset> assets = new ArrayList<>();
        private final List<DataFlow> flows = new ArrayList<>();
        private final Set<RegionProfile> profile = EnumSet.noneOf(RegionProfile.class);
        private final List<AcceptanceSurvey> acceptance = new ArrayList<>();

        public ProjectBuilder service(ServiceField field) {
            services.add(new Service(ServiceId.of("service-" + services.size()), "service", field, Benefit.BOTH));
            return this;
        }

        public ProjectBuilder onlyService(ServiceField field) {
            services.clear();
            return service(field);
        }

        /** Adds a service of a field that says where it operates. */
        public ProjectBuilder service(ServiceField field, Site... sites) {
            services.add(new Service(ServiceId.of("service-" + services.size()), "service", field, Benefit.BOTH,
                    Set.of(sites)));
            return this;
        }

        public ProjectBuilder onlyService(ServiceField field, Site... sites) {
            services.clear();
            return service(field, sites);
        }

        public ProjectBuilder stakeholder(Stakeholder value) {
            stakeholders.removeIf(s -> s.id().equals(value.id()));
            stakeholders.add(value);
            return this;
        }

        public ProjectBuilder asset(AssetBuilder value) {
            assets.add(value.build());
            return this;
        }

        public ProjectBuilder flow(FlowBuilder value) {
            flows.add(value.build());
            return this;
        }

        public ProjectBuilder region(RegionProfile... traits) {
            profile.addAll(List.of(traits));
            return this;
        }

        public ProjectBuilder acceptance(DataCategory category, double share) {
            acceptance.add(new AcceptanceSurvey(category, share, "test survey"));
            return this;
        }

        public GovernanceProject build() {
            ProjectParts parts = new ProjectParts(new ProjectOverview(ProjectId.of("test-project"), "test", "test",
                    PromotionStage.PLANNING, new Region("test region", profile, acceptance)), services,
                    stakeholders, assets, flows);
            return GovernanceProject.create(parts, Actor.of("test"), Instant.EPOCH).orElseThrow();
        }

        public ProjectAssessment assess() {
            return ProjectAssessment.of(build(), edition());
        }
    }
}
