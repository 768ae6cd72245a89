package org.citygov.adapter.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

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
import org.citygov.domain.stakeholder.Certification;
import org.citygov.domain.stakeholder.EngagementActivity;
import org.citygov.domain.stakeholder.EngagementMethod;
import org.citygov.domain.stakeholder.Involvement;
import org.citygov.domain.stakeholder.Rating;
import org.citygov.domain.stakeholder.Stakeholder;
import org.citygov.domain.stakeholder.StakeholderCategory;
import org.citygov.domain.stakeholder.StakeholderId;

/**
 * Projects for the persistence tests: every kind of part, optional values present and absent, Japanese text, and
 * instants with nanoseconds, so that a store that drops or rounds anything fails the equality checks.
 */
public final class ProjectSamples {

    public static final Actor ALICE = Actor.of("Alice Tanaka (promotion office)");
    public static final Actor BOB = Actor.of("Bob 佐藤");
    /** An instant with nanoseconds: stores that keep only microseconds must still give it back exactly. */
    public static final Instant REGISTERED_AT = Instant.parse("2026-04-01T09:15:30.123456789Z");

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private ProjectSamples() {
    }

    /** A project id no other test uses, so that tests can share one database. */
    public static ProjectId uniqueId(String prefix) {
        return ProjectId.of(prefix + "-" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet() + "-"
                + Long.toString(System.nanoTime() & 0xffffff, 36));
    }

    public static ProjectParts richParts(ProjectId id) {
        ProjectOverview overview = new ProjectOverview(id, "AI for frailty prevention — フレイル予防",
                "Find frailty early from gait video and offer exercise classes;\n\"quoted\" and \\ escaped",
                PromotionStage.VERIFICATION,
                new Region("Kashiwa 柏の葉", EnumSet.of(RegionProfile.AGING_POPULATION, RegionProfile.RESIDENTIAL),
                        List.of(new AcceptanceSurvey(DataCategory.CAMERA_IMAGE, 0.62, "2024 resident survey"),
                                new AcceptanceSurvey(DataCategory.HEALTH, 0.1 + 0.2, "council hearing"))));
        List<Service> services = List.of(
                new Service(ServiceId.of("frailty-screening"), "Frailty screening", ServiceField.HEALTH_AND_WELFARE,
                        Benefit.BOTH),
                new Service(ServiceId.of("exercise-classes"), "Exercise classes", ServiceField.COMMUNITY_BUILDING,
                        Benefit.INDIVIDUAL));
        Stakeholder residents = new Stakeholder(StakeholderId.of("residents"), "Elderly residents",
                StakeholderCategory.RESIDENT, Involvement.DIRECT, Rating.of(5), Rating.of(4), Set.of(),
                List.of(new EngagementActivity(EngagementMethod.BRIEFING, LocalDate.of(2026, 3, 2),
                        "briefing at the community centre")));
        Stakeholder cityOs = new Stakeholder(StakeholderId.of("city-os"), "City OS operator",
                StakeholderCategory.PLATFORM_OPERATOR, Involvement.DIRECT, Rating.of(3), Rating.of(2),
                EnumSet.of(Certification.PRIVACY_MARK, Certification.PERSONAL_DATA_BANK), List.of());
        Stakeholder doctors = Stakeholder.of(StakeholderId.of("local-doctors"), "Local doctors' association",
                StakeholderCategory.CIVIC_ORGANIZATION, Involvement.INDIRECT, Rating.of(2), Rating.of(2));
        DataAsset video = new DataAsset(DataAssetId.of("gait-video"), "Gait video",
                EnumSet.of(DataCategory.CAMERA_IMAGE), DataSubject.INDIVIDUAL, Optional.of(Identifiability.IDENTIFIED),
                false, EnumSet.of(SubjectGroup.ELDERLY), 30,
                EnumSet.of(Safeguard.ACCESS_CONTROL, Safeguard.ENCRYPTION, Safeguard.RETENTION_LIMIT));
        DataAsset weather = new DataAsset(DataAssetId.of("weather"), "Weather", EnumSet.of(DataCategory.ENVIRONMENT),
                DataSubject.NONE, Optional.empty(), false, Set.of(), 365, Set.of());
        DataFlow collect = new DataFlow(DataFlowId.of("collect-gait"), video.id(), LifecycleStage.COLLECTION,
                residents.id(), cityOs.id(), CollectionMethod.SURVEILLANCE_CAMERA,
                new Purpose("screen for frailty", PurposeKind.PUBLIC_HEALTH, Beneficiary.DATA_SUBJECT),
                LegalBasis.CONSENT, EnumSet.of(NoticeChannel.POSTER, NoticeChannel.WEBSITE), true, false, false,
                Optional.of("questionnaire at the clinic"));
        DataFlow share = new DataFlow(DataFlowId.of("share-weather"), weather.id(), LifecycleStage.DISSEMINATION,
                cityOs.id(), doctors.id(), CollectionMethod.SYSTEM_TRANSFER,
                new Purpose("plan classes around the weather", PurposeKind.SERVICE_DELIVERY, Beneficiary.COMMUNITY),
                LegalBasis.NONE, Set.of(), false, false, true, Optional.empty());
        return new ProjectParts(overview, services, List.of(residents, cityOs, doctors), List.of(video, weather),
                List.of(collect, share));
    }

    /** A rich project, registered but never stored (version 0). */
    public static GovernanceProject newProject(ProjectId id) {
        return GovernanceProject.create(richParts(id), ALICE, REGISTERED_AT).orElseThrow();
    }

    /** A small valid project: just the overview. */
    public static GovernanceProject smallProject(ProjectId id) {
        return GovernanceProject.create(new ProjectParts(new ProjectOverview(id, "Small " + id, "An objective",
                PromotionStage.PLANNING, new Region("Somewhere", Set.of(), List.of())), List.of(), List.of(),
                List.of(), List.of()), ALICE, REGISTERED_AT).orElseThrow();
    }
}
