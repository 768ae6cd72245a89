package org.citygov.domain.testing;

import org.citygov.domain.assessment.AssessmentFixtures;
import org.citygov.domain.assessment.EditionStandards;
import org.citygov.domain.project.CycleStandards;
import org.citygov.domain.stakeholder.ImportanceBands;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
import org.citygov.domain.stakeholder.Certification;
import org.citygov.domain.stakeholder.EngagementActivity;
import org.citygov.domain.stakeholder.EngagementMethod;
import org.citygov.domain.stakeholder.Involvement;
import org.citygov.domain.stakeholder.Rating;
import org.citygov.domain.stakeholder.Stakeholder;
import org.citygov.domain.stakeholder.StakeholderCategory;
import org.citygov.domain.stakeholder.StakeholderId;

/**
 * Test data builders for the domain (buckpal style): {@code aProject().withService(aService().withId("x").build())
 * .build()}. Every builder starts from valid defaults, so a test states only what it is about.
 *
 * <p>The default project ({@link #aProject()}) is small but complete enough to go round the whole governance cycle:
 * one service, two LOW-importance stakeholders ({@value #OPERATOR} and {@value #RESIDENTS}), one personal data asset
 * ({@value #ASSET}) and one flow ({@value #FLOW}) collecting it from the residents to the operator with a surveillance
 * camera. Lists given with {@code withXs(...)} replace the defaults; {@code withX(...)} appends one more.
 */
public final class ProjectBuilders {

    public static final String PROJECT = "kashiwanoha-watch";
    public static final String SERVICE = "elderly-watch";
    public static final String OPERATOR = "city-os";
    public static final String RESIDENTS = "residents";
    public static final String ASSET = "gait-video";
    public static final String FLOW = "collect-gait";

    /** Who registers projects built by {@link ProjectBuilder#buildRegistered()}. */
    public static final Actor REGISTRAR = Actor.of("promotion office");
    /** When projects built by {@link ProjectBuilder#buildRegistered()} are registered. */
    public static final Instant REGISTERED_AT = Instant.parse("2026-04-01T09:00:00Z");

    private ProjectBuilders() {
    }

    /**
     * The cycle's standards from the test edition ({@code AssessmentFixtures.edition()}, with the bundled CityGov
     * defaults): the rule-design gate is computed from the project itself, never stubbed.
     */
    public static final CycleStandards STANDARDS = EditionStandards.of(AssessmentFixtures.edition());

    /** The bundled edition's importance bands, for stakeholder tests. */
    public static final ImportanceBands BANDS = AssessmentFixtures.importanceBands();

    public static ProjectBuilder aProject() {
        return new ProjectBuilder();
    }

    /** A project with its overview only: no service, stakeholder, asset or flow. */
    public static ProjectBuilder aBareProject() {
        return new ProjectBuilder().withServices().withStakeholders().withDataAssets().withDataFlows();
    }

    /** A builder that starts from the parts of an existing project. */
    public static ProjectBuilder aProjectLike(ProjectParts parts) {
        ProjectBuilder builder = new ProjectBuilder();
        ProjectOverview overview = parts.overview();
        builder.id = overview.id().value();
        builder.name = overview.name();
        builder.objective = overview.objective();
        builder.stage = overview.stage();
        builder.region = overview.region();
        builder.services = new ArrayList<>(parts.services());
        builder.stakeholders = new ArrayList<>(parts.stakeholders());
        builder.dataAssets = new ArrayList<>(parts.dataAssets());
        builder.dataFlows = new ArrayList<>(parts.dataFlows());
        return builder;
    }

    public static ServiceBuilder aService() {
        return new ServiceBuilder();
    }

    public static StakeholderBuilder aStakeholder() {
        return new StakeholderBuilder();
    }

    public static StakeholderBuilder aStakeholderLike(Stakeholder stakeholder) {
        return new StakeholderBuilder().withId(stakeholder.id().value()).withName(stakeholder.name())
                .withCategory(stakeholder.category()).withInvolvement(stakeholder.involvement())
                .withImpact(stakeholder.impact().value()).withUncertainty(stakeholder.uncertainty().value())
                .withCertifications(stakeholder.certifications().toArray(Certification[]::new))
                .withEngagements(stakeholder.engagements().toArray(EngagementActivity[]::new));
    }

    public static DataAssetBuilder anAsset() {
        return new DataAssetBuilder();
    }

    public static DataAssetBuilder anAssetLike(DataAsset asset) {
        DataAssetBuilder builder = new DataAssetBuilder();
        builder.id = asset.id().value();
        builder.name = asset.name();
        builder.categories = EnumSet.copyOf(asset.categories());
        builder.subject = asset.subject();
        builder.identifiability = asset.identifiability();
        builder.specialCare = asset.specialCare();
        builder.subjectGroups = asset.subjectGroups().isEmpty()
                ? EnumSet.noneOf(SubjectGroup.class) : EnumSet.copyOf(asset.subjectGroups());
        builder.retentionDays = asset.retentionDays();
        builder.safeguards = asset.safeguards().isEmpty()
                ? EnumSet.noneOf(Safeguard.class) : EnumSet.copyOf(asset.safeguards());
        return builder;
    }

    public static DataFlowBuilder aFlow() {
        return new DataFlowBuilder();
    }

    public static DataFlowBuilder aFlowLike(DataFlow flow) {
        DataFlowBuilder builder = new DataFlowBuilder();
        builder.id = flow.id().value();
        builder.asset = flow.asset().value();
        builder.stage = flow.stage();
        builder.from = flow.from().value();
        builder.to = flow.to().value();
        builder.method = flow.method();
        builder.purpose = flow.purpose();
        builder.legalBasis = flow.legalBasis();
        builder.notice = flow.notice().isEmpty()
                ? EnumSet.noneOf(NoticeChannel.class) : EnumSet.copyOf(flow.notice());
        builder.continuous = flow.continuous();
        builder.covert = flow.covert();
        builder.linksOtherFields = flow.linksOtherFields();
        builder.lessIntrusiveAlternative = flow.lessIntrusiveAlternative();
        return builder;
    }

    /** An activity of the given method held on a fixed day. */
    public static EngagementActivity anEngagement(EngagementMethod method) {
        return new EngagementActivity(method, LocalDate.of(2026, 5, 12), method.name().toLowerCase() + " held");
    }

    public static Region aRegion() {
        return new Region("Kashiwa-no-ha", Set.of(RegionProfile.AGING_POPULATION), List.of());
    }

    /** Builds {@link ProjectParts}, or a registered {@link GovernanceProject} with {@link #buildRegistered()}. */
    public static final class ProjectBuilder {
        private String id = PROJECT;
        private String name = "Kashiwa-no-ha watching over";
        private String objective = "Help elderly residents live safely at home";
        private PromotionStage stage = PromotionStage.VERIFICATION;
        private Region region = aRegion();
        private List<Service> services = new ArrayList<>(List.of(aService().build()));
        private List<Stakeholder> stakeholders = new ArrayList<>(List.of(
                aStakeholder().withId(OPERATOR).withName("City OS operator")
                        .withCategory(StakeholderCategory.PLATFORM_OPERATOR).build(),
                aStakeholder().withId(RESIDENTS).withName("Residents")
                        .withCategory(StakeholderCategory.RESIDENT).build()));
        private List<DataAsset> dataAssets = new ArrayList<>(List.of(anAsset().build()));
        private List<DataFlow> dataFlows = new ArrayList<>(List.of(aFlow().build()));

        private ProjectBuilder() {
        }

        public ProjectBuilder withId(String newId) {
            this.id = newId;
            return this;
        }

        public ProjectBuilder withName(String newName) {
            this.name = newName;
            return this;
        }

        public ProjectBuilder withObjective(String newObjective) {
            this.objective = newObjective;
            return this;
        }

        public ProjectBuilder withStage(PromotionStage newStage) {
            this.stage = newStage;
            return this;
        }

        public ProjectBuilder withRegion(Region newRegion) {
            this.region = newRegion;
            return this;
        }

        /** Adds a surveyed acceptance figure to the region. */
        public ProjectBuilder withAcceptance(DataCategory category, double share) {
            Region current = region;
            List<AcceptanceSurvey> acceptance = new ArrayList<>(current.acceptance());
            acceptance.add(new AcceptanceSurvey(category, share, "resident survey 2025"));
            return withRegion(new Region(current.name(), current.profile(), acceptance));
        }

        public ProjectBuilder withServices(Service... newServices) {
            this.services = new ArrayList<>(List.of(newServices));
            return this;
        }

        public ProjectBuilder withService(Service service) {
            services.add(service);
            return this;
        }

        public ProjectBuilder withStakeholders(Stakeholder... newStakeholders) {
            this.stakeholders = new ArrayList<>(List.of(newStakeholders));
            return this;
        }

        public ProjectBuilder withStakeholder(Stakeholder stakeholder) {
            stakeholders.add(stakeholder);
            return this;
        }

        public ProjectBuilder withStakeholder(StakeholderBuilder stakeholder) {
            return withStakeholder(stakeholder.build());
        }

        public ProjectBuilder withDataAssets(DataAsset... newAssets) {
            this.dataAssets = new ArrayList<>(List.of(newAssets));
            return this;
        }

        public ProjectBuilder withDataAsset(DataAsset asset) {
            dataAssets.add(asset);
            return this;
        }

        public ProjectBuilder withDataAsset(DataAssetBuilder asset) {
            return withDataAsset(asset.build());
        }

        public ProjectBuilder withDataFlows(DataFlow... newFlows) {
            this.dataFlows = new ArrayList<>(List.of(newFlows));
            return this;
        }

        public ProjectBuilder withDataFlow(DataFlow flow) {
            dataFlows.add(flow);
            return this;
        }

        public ProjectBuilder withDataFlow(DataFlowBuilder flow) {
            return withDataFlow(flow.build());
        }

        public ProjectOverview overview() {
            return new ProjectOverview(ProjectId.of(id), name, objective, stage, region);
        }

        public ProjectParts build() {
            return new ProjectParts(overview(), services, stakeholders, dataAssets, dataFlows);
        }

        /**
         * Registers the parts as a new project by {@link #REGISTRAR} at {@link #REGISTERED_AT}; throws if they break
         * an invariant (use {@link #build()} and {@code GovernanceProject.create} to test that).
         */
        public GovernanceProject buildRegistered() {
            return GovernanceProject.create(build(), REGISTRAR, REGISTERED_AT).orElseThrow();
        }
    }

    public static final class ServiceBuilder {
        private String id = SERVICE;
        private String name = "Watching over elderly residents";
        private ServiceField field = ServiceField.HEALTH_AND_WELFARE;
        private Benefit benefit = Benefit.BOTH;
        private Set<Site> sites = Set.of();

        private ServiceBuilder() {
        }

        public ServiceBuilder withSites(Site... newSites) {
            this.sites = Set.of(newSites);
            return this;
        }

        public ServiceBuilder withId(String newId) {
            this.id = newId;
            return this;
        }

        public ServiceBuilder withName(String newName) {
            this.name = newName;
            return this;
        }

        public ServiceBuilder withField(ServiceField newField) {
            this.field = newField;
            return this;
        }

        public ServiceBuilder withBenefit(Benefit newBenefit) {
            this.benefit = newBenefit;
            return this;
        }

        public Service build() {
            return new Service(ServiceId.of(id), name, field, benefit, sites);
        }
    }

    /** Defaults: a direct resident group rated 2 × 2, so LOW importance, with no engagement held. */
    public static final class StakeholderBuilder {
        private String id = RESIDENTS;
        private String name = "Residents";
        private StakeholderCategory category = StakeholderCategory.RESIDENT;
        private Involvement involvement = Involvement.DIRECT;
        private int impact = 2;
        private int uncertainty = 2;
        private Set<Certification> certifications = EnumSet.noneOf(Certification.class);
        private List<EngagementActivity> engagements = new ArrayList<>();

        private StakeholderBuilder() {
        }

        public StakeholderBuilder withId(String newId) {
            this.id = newId;
            return this;
        }

        public StakeholderBuilder withName(String newName) {
            this.name = newName;
            return this;
        }

        public StakeholderBuilder withCategory(StakeholderCategory newCategory) {
            this.category = newCategory;
            return this;
        }

        public StakeholderBuilder withInvolvement(Involvement newInvolvement) {
            this.involvement = newInvolvement;
            return this;
        }

        public StakeholderBuilder indirect() {
            return withInvolvement(Involvement.INDIRECT);
        }

        public StakeholderBuilder withImpact(int newImpact) {
            this.impact = newImpact;
            return this;
        }

        public StakeholderBuilder withUncertainty(int newUncertainty) {
            this.uncertainty = newUncertainty;
            return this;
        }

        /** Impact × uncertainty 4 × 4 = 16: CRITICAL. */
        public StakeholderBuilder critical() {
            return withImpact(4).withUncertainty(4);
        }

        /** Impact × uncertainty 3 × 4 = 12: HIGH. */
        public StakeholderBuilder high() {
            return withImpact(3).withUncertainty(4);
        }

        public StakeholderBuilder withCertifications(Certification... newCertifications) {
            this.certifications = newCertifications.length == 0
                    ? EnumSet.noneOf(Certification.class) : EnumSet.copyOf(List.of(newCertifications));
            return this;
        }

        public StakeholderBuilder withEngagements(EngagementActivity... activities) {
            this.engagements = new ArrayList<>(List.of(activities));
            return this;
        }

        public StakeholderBuilder withEngagement(EngagementActivity activity) {
            engagements.add(activity);
            return this;
        }

        public StakeholderBuilder withEngagement(EngagementMethod method) {
            return withEngagement(anEngagement(method));
        }

        public Stakeholder build() {
            return new Stakeholder(StakeholderId.of(id), name, category, involvement, Rating.of(impact),
                    Rating.of(uncertainty), certifications, engagements);
        }
    }

    /**
     * Defaults: pseudonymous camera images of individuals, kept 30 days under access control. Making the subject
     * other than INDIVIDUAL with {@link #aboutNoOne()} or {@link #aboutOrganizations()} also clears identifiability.
     */
    public static final class DataAssetBuilder {
        private String id = ASSET;
        private String name = "Gait video";
        private Set<DataCategory> categories = EnumSet.of(DataCategory.CAMERA_IMAGE);
        private DataSubject subject = DataSubject.INDIVIDUAL;
        private Optional<Identifiability> identifiability = Optional.of(Identifiability.PSEUDONYMOUS);
        private boolean specialCare;
        private Set<SubjectGroup> subjectGroups = EnumSet.noneOf(SubjectGroup.class);
        private int retentionDays = 30;
        private Set<Safeguard> safeguards = EnumSet.of(Safeguard.ACCESS_CONTROL);

        private DataAssetBuilder() {
        }

        public DataAssetBuilder withId(String newId) {
            this.id = newId;
            return this;
        }

        public DataAssetBuilder withName(String newName) {
            this.name = newName;
            return this;
        }

        public DataAssetBuilder withCategories(DataCategory first, DataCategory... more) {
            this.categories = EnumSet.of(first, more);
            return this;
        }

        public DataAssetBuilder withSubject(DataSubject newSubject) {
            this.subject = newSubject;
            return this;
        }

        public DataAssetBuilder aboutNoOne() {
            return withSubject(DataSubject.NONE).withoutIdentifiability();
        }

        public DataAssetBuilder aboutOrganizations() {
            return withSubject(DataSubject.ORGANIZATION).withoutIdentifiability();
        }

        public DataAssetBuilder withIdentifiability(Identifiability newIdentifiability) {
            this.identifiability = Optional.of(newIdentifiability);
            return this;
        }

        public DataAssetBuilder withoutIdentifiability() {
            this.identifiability = Optional.empty();
            return this;
        }

        public DataAssetBuilder withSpecialCare(boolean newSpecialCare) {
            this.specialCare = newSpecialCare;
            return this;
        }

        public DataAssetBuilder withSubjectGroups(SubjectGroup... groups) {
            this.subjectGroups = groups.length == 0
                    ? EnumSet.noneOf(SubjectGroup.class) : EnumSet.copyOf(List.of(groups));
            return this;
        }

        public DataAssetBuilder withRetentionDays(int days) {
            this.retentionDays = days;
            return this;
        }

        public DataAssetBuilder withSafeguards(Safeguard... newSafeguards) {
            this.safeguards = newSafeguards.length == 0
                    ? EnumSet.noneOf(Safeguard.class) : EnumSet.copyOf(List.of(newSafeguards));
            return this;
        }

        public DataAsset build() {
            return new DataAsset(DataAssetId.of(id), name, categories, subject, identifiability, specialCare,
                    subjectGroups, retentionDays, safeguards);
        }
    }

    /**
     * Defaults: {@value #ASSET} collected from {@value #RESIDENTS} to {@value #OPERATOR} by a surveillance camera, to
     * watch over them, with their consent, announced on posters.
     */
    public static final class DataFlowBuilder {
        private String id = FLOW;
        private String asset = ASSET;
        private LifecycleStage stage = LifecycleStage.COLLECTION;
        private String from = RESIDENTS;
        private String to = OPERATOR;
        private CollectionMethod method = CollectionMethod.SURVEILLANCE_CAMERA;
        private Purpose purpose = new Purpose("watch over elderly residents", PurposeKind.CARE_AND_WATCHING_OVER,
                Beneficiary.DATA_SUBJECT);
        private LegalBasis legalBasis = LegalBasis.CONSENT;
        private Set<NoticeChannel> notice = EnumSet.of(NoticeChannel.POSTER);
        private boolean continuous;
        private boolean covert;
        private boolean linksOtherFields;
        private Optional<String> lessIntrusiveAlternative = Optional.empty();

        private DataFlowBuilder() {
        }

        public DataFlowBuilder withId(String newId) {
            this.id = newId;
            return this;
        }

        public DataFlowBuilder withAsset(String assetId) {
            this.asset = assetId;
            return this;
        }

        public DataFlowBuilder atStage(LifecycleStage newStage) {
            this.stage = newStage;
            return this;
        }

        public DataFlowBuilder from(String stakeholderId) {
            this.from = stakeholderId;
            return this;
        }

        public DataFlowBuilder to(String stakeholderId) {
            this.to = stakeholderId;
            return this;
        }

        public DataFlowBuilder withMethod(CollectionMethod newMethod) {
            this.method = newMethod;
            return this;
        }

        public DataFlowBuilder withPurpose(Purpose newPurpose) {
            this.purpose = newPurpose;
            return this;
        }

        public DataFlowBuilder withPurposeKind(PurposeKind kind) {
            return withPurpose(new Purpose(purpose.text(), kind, purpose.beneficiary()));
        }

        public DataFlowBuilder withLegalBasis(LegalBasis newBasis) {
            this.legalBasis = newBasis;
            return this;
        }

        public DataFlowBuilder withNotice(NoticeChannel... channels) {
            this.notice = channels.length == 0
                    ? EnumSet.noneOf(NoticeChannel.class) : EnumSet.copyOf(List.of(channels));
            return this;
        }

        public DataFlowBuilder continuous(boolean value) {
            this.continuous = value;
            return this;
        }

        public DataFlowBuilder covert(boolean value) {
            this.covert = value;
            return this;
        }

        public DataFlowBuilder linksOtherFields(boolean value) {
            this.linksOtherFields = value;
            return this;
        }

        public DataFlowBuilder withLessIntrusiveAlternative(String alternative) {
            this.lessIntrusiveAlternative = Optional.ofNullable(alternative);
            return this;
        }

        public DataFlow build() {
            return new DataFlow(DataFlowId.of(id), DataAssetId.of(asset), stage, StakeholderId.of(from),
                    StakeholderId.of(to), method, purpose, legalBasis, notice, continuous, covert, linksOtherFields,
                    lessIntrusiveAlternative);
        }
    }
}
