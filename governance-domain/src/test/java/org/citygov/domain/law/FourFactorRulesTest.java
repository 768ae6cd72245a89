package org.citygov.domain.law;

import java.util.List;

import org.citygov.domain.assessment.AssessmentFixtures;
import org.citygov.domain.assessment.AssessmentFixtures.ProjectBuilder;
import org.citygov.domain.catalogue.CityGovDefaults;
import org.citygov.domain.data.Beneficiary;
import org.citygov.domain.data.CollectionMethod;
import org.citygov.domain.data.DataCategory;
import org.citygov.domain.data.DataSubject;
import org.citygov.domain.data.LegalBasis;
import org.citygov.domain.data.LifecycleStage;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.data.Safeguard;
import org.citygov.domain.data.SubjectGroup;
import org.citygov.domain.stakeholder.StakeholderCategory;
import org.junit.jupiter.api.Test;

import static org.citygov.domain.assessment.AssessmentFixtures.asset;
import static org.citygov.domain.assessment.AssessmentFixtures.flow;
import static org.citygov.domain.assessment.AssessmentFixtures.project;
import static org.citygov.domain.assessment.AssessmentFixtures.stakeholder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One test per rule of the four-factor overall judgment, 5.3 (1). */
class FourFactorRulesTest {

    private static final CityGovDefaults.FourFactorLimits LIMITS = AssessmentFixtures.fourFactorLimits();

    private static LegalJudgment only(ProjectBuilder project) {
        List<LegalJudgment> tests = FourFactorJudgment.judge(project.build(), LIMITS);
        assertEquals(1, tests.size(), tests.toString());
        return tests.getFirst();
    }

    private static boolean mentions(LegalJudgment test, String words) {
        return test.cautions().stream().anyMatch(c -> c.contains(words));
    }

    // ---- baseline and scope

    @Test
    void judge_whenConsentedNoticedAndProtectedLocationUse_shouldBeAcceptable() {
        LegalJudgment test = only(project().asset(asset("trips", DataCategory.LOCATION))
                .flow(flow("collect", "trips").by(CollectionMethod.BLE_BEACON)));
        assertEquals(LegalSubject.LOCATION, test.subject());
        assertEquals(Verdict.ACCEPTABLE, test.verdict());
        assertEquals(List.of(), test.cautions());
    }

    @Test
    void judge_whenDataIsNotAboutIndividuals_shouldNotTestIt() {
        assertEquals(List.of(), FourFactorJudgment.judge(project()
                .asset(asset("traffic", DataCategory.CAMERA_IMAGE).about(DataSubject.NONE))
                .flow(flow("count", "traffic").by(CollectionMethod.SURVEILLANCE_CAMERA)).build(), LIMITS));
    }

    @Test
    void judge_whenFacialRecognitionOfLocations_shouldTestBothCameraAndLocation() {
        List<LegalJudgment> tests = FourFactorJudgment.judge(project()
                .asset(asset("passes", DataCategory.FACIAL_FEATURES, DataCategory.LOCATION))
                .flow(flow("gate", "passes").by(CollectionMethod.FACIAL_RECOGNITION_CAMERA)).build(), LIMITS);
        assertEquals(List.of(LegalSubject.CAMERA, LegalSubject.LOCATION), tests.stream().map(LegalJudgment::subject).toList());
    }

    // ---- location, 5.3 (1) 2)

    @Test
    void judge_whenAdvertisingOnSmartphoneGpsWithoutConsent_shouldBeUnsuitable() {
        // (b) ads from behaviour have low legitimacy, so (c) is examined stringently; without effective consent the
        // risk of a privacy violation cannot be removed
        LegalJudgment test = only(project().asset(asset("gps", DataCategory.LOCATION, DataCategory.SMARTPHONE_APP))
                .flow(flow("track", "gps").by(CollectionMethod.SMARTPHONE_GPS).purpose(PurposeKind.ADVERTISING,
                        Beneficiary.OPERATOR).basis(LegalBasis.OPT_OUT)));
        assertEquals(Verdict.UNSUITABLE, test.verdict());
        assertEquals(Sensitivity.HIGH, test.sensitivity());
        assertEquals(Standing.CAUTION, test.purpose().standing());
        assertEquals(Standing.NOT_MET, test.method().standing());
        assertTrue(mentions(test, "without effective consent"), test.cautions().toString());
    }

    @Test
    void judge_whenCommercialRecommendationWithConsent_shouldNotFailTheMethod() {
        LegalJudgment test = only(project().asset(asset("gps", DataCategory.LOCATION, DataCategory.SMARTPHONE_APP))
                .flow(flow("track", "gps").by(CollectionMethod.SMARTPHONE_GPS)
                        .purpose(PurposeKind.COMMERCIAL_RECOMMENDATION)));
        assertEquals(Standing.MET, test.method().standing());
        assertEquals(Verdict.CONDITIONAL, test.verdict());
    }

    @Test
    void judge_whenDisasterUseOfLocationWithSafeguards_shouldNotBeUnsuitable() {
        // sensitive data, but an emergency or disaster purpose is very likely legitimate
        LegalJudgment test = only(project().asset(asset("gps", DataCategory.LOCATION, DataCategory.SMARTPHONE_APP))
                .flow(flow("locate", "gps").by(CollectionMethod.SMARTPHONE_GPS)
                        .purpose(PurposeKind.DISASTER_PREVENTION, Beneficiary.DATA_SUBJECT)
                        .basis(LegalBasis.EMERGENCY)));
        assertEquals(Standing.MET, test.purpose().standing());
        assertNotEquals(Verdict.UNSUITABLE, test.verdict());
    }

    @Test
    void judge_whenLessIntrusiveAlternativeNamed_shouldFindTheMethodUnreasonable() {
        LegalJudgment test = only(project().asset(asset("passes", DataCategory.LOCATION))
                .flow(flow("gate", "passes").by(CollectionMethod.BLE_BEACON)
                        .alternative("finger vein authentication at the gates")));
        assertEquals(Standing.NOT_MET, test.method().standing());
        assertEquals(Verdict.UNSUITABLE, test.verdict());
        assertTrue(mentions(test, "finger vein"));
    }

    @Test
    void judge_whenNoSafeguardsAtAll_shouldFailManagement() {
        LegalJudgment test = only(project().asset(asset("trips", DataCategory.LOCATION).safeguards())
                .flow(flow("collect", "trips").by(CollectionMethod.BLE_BEACON)));
        assertEquals(Standing.NOT_MET, test.management().standing());
        assertEquals(Verdict.UNSUITABLE, test.verdict());
    }

    @Test
    void judge_whenSmartphoneGpsWithoutEncryption_shouldCautionManagementStringently() {
        LegalJudgment test = only(project().asset(asset("gps", DataCategory.LOCATION, DataCategory.SMARTPHONE_APP)
                        .safeguards(Safeguard.ACCESS_CONTROL, Safeguard.ACCESS_LOGGING))
                .flow(flow("track", "gps").by(CollectionMethod.SMARTPHONE_GPS)));
        assertEquals(Standing.CAUTION, test.management().standing());
        assertTrue(mentions(test, "without encryption"));
    }

    // ---- camera, 5.3 (1) 1)

    @Test
    void judge_whenCovertFacialRecognition_shouldBeUnsuitable() {
        LegalJudgment test = only(project().asset(asset("faces", DataCategory.FACIAL_FEATURES))
                .flow(flow("capture", "faces").by(CollectionMethod.FACIAL_RECOGNITION_CAMERA).covert().noNotice()));
        assertEquals(Verdict.UNSUITABLE, test.verdict());
        assertTrue(mentions(test, "covert"));
    }

    @Test
    void judge_whenContinuousFacialRecognitionKeptLongWithoutNotice_shouldBeUnsuitableWithEachCaution() {
        LegalJudgment test = only(project().asset(asset("faces", DataCategory.FACIAL_FEATURES).retainedFor(365))
                .flow(flow("capture", "faces").by(CollectionMethod.FACIAL_RECOGNITION_CAMERA).continuous()
                        .noNotice().basis(LegalBasis.PUBLIC_INTEREST).purpose(PurposeKind.CRIME_PREVENTION,
                                Beneficiary.COMMUNITY)));
        assertEquals(Verdict.UNSUITABLE, test.verdict());
        assertTrue(mentions(test, "tracking"), test.cautions().toString());
        assertTrue(mentions(test, "365 days"), test.cautions().toString());
        assertTrue(mentions(test, "not told"), test.cautions().toString());
    }

    @Test
    void judge_whenAttributeCameraDeletesImagesAtOnceAndIsNoticed_shouldBeAcceptable() {
        // the Kashiwa-no-ha way: images are discarded after estimating attributes, so continuous capture tracks no one
        LegalJudgment test = only(project().asset(asset("images", DataCategory.CAMERA_IMAGE).retainedFor(0)
                        .safeguards(Safeguard.IMMEDIATE_DELETION, Safeguard.ACCESS_CONTROL))
                .flow(flow("capture", "images").by(CollectionMethod.ATTRIBUTE_ESTIMATION_CAMERA).continuous()
                        .basis(LegalBasis.PUBLIC_INTEREST).purpose(PurposeKind.URBAN_PLANNING, Beneficiary.COMMUNITY)));
        assertEquals(Verdict.ACCEPTABLE, test.verdict(), test.cautions().toString());
    }

    @Test
    void judge_whenIdentifiableImagesKeptWithoutLimit_shouldCautionReuseForUnrelatedPurposes() {
        LegalJudgment test = only(project().asset(asset("images", DataCategory.CAMERA_IMAGE)
                        .safeguards(Safeguard.ACCESS_CONTROL, Safeguard.ENCRYPTION))
                .flow(flow("capture", "images").by(CollectionMethod.SURVEILLANCE_CAMERA)));
        assertEquals(Standing.CAUTION, test.management().standing());
        assertTrue(mentions(test, "unrelated uses"));
    }

    @Test
    void judge_whenCameraPurposeIsVague_shouldFailThePurposeQuotingTheWords() {
        // 5.3 (1) 1): "an unclear purpose of use such as 'for purposes needed by regional store business'"
        LegalJudgment test = only(project().asset(asset("images", DataCategory.CAMERA_IMAGE).retainedFor(0)
                        .safeguards(Safeguard.IMMEDIATE_DELETION, Safeguard.ACCESS_CONTROL))
                .flow(flow("capture", "images").by(CollectionMethod.SURVEILLANCE_CAMERA)
                        .purposeText("for purposes needed by the shopping street, etc.")));
        assertEquals(Standing.NOT_MET, test.purpose().standing());
        assertTrue(mentions(test, "purposes needed"), test.cautions().toString());
        assertEquals(Verdict.UNSUITABLE, test.verdict());
    }

    @Test
    void vagueWording_whenPlainOrJapaneseText_shouldFindOnlyOpenEndedWording() {
        assertEquals(java.util.Optional.empty(),
                LIMITS.vagueWording().firstIn("estimate the attributes of passers-by for footfall analysis"));
        assertEquals(java.util.Optional.empty(), LIMITS.vagueWording().firstIn("count variousness of shops"));
        assertEquals(java.util.Optional.of("各種"), LIMITS.vagueWording().firstIn("地域の各種施策のため"));
        assertEquals(java.util.Optional.of("As needed"), LIMITS.vagueWording().firstIn("As needed by the city"));
    }

    @Test
    void judge_whenCameraImagesGoToThePolice_shouldFailTheMethod() {
        LegalJudgment test = only(project()
                .stakeholder(stakeholder("prefectural-police", StakeholderCategory.LOCAL_GOVERNMENT, 2, 2))
                .asset(asset("images", DataCategory.CAMERA_IMAGE).retainedFor(7))
                .flow(flow("hand-over", "images").at(LifecycleStage.DISSEMINATION).from("city")
                        .to("prefectural-police").by(CollectionMethod.SYSTEM_TRANSFER)
                        .purpose(PurposeKind.CRIME_PREVENTION, Beneficiary.COMMUNITY)
                        .basis(LegalBasis.PUBLIC_INTEREST)));
        assertEquals(Standing.NOT_MET, test.method().standing());
        assertTrue(mentions(test, "police"), test.cautions().toString());
    }

    @Test
    void judge_whenCameraImagesGoToThePoliceByLaw_shouldOnlyCaution() {
        LegalJudgment test = only(project()
                .stakeholder(stakeholder("police", StakeholderCategory.LOCAL_GOVERNMENT, 2, 2))
                .asset(asset("images", DataCategory.CAMERA_IMAGE).retainedFor(7))
                .flow(flow("answer-inquiry", "images").at(LifecycleStage.DISSEMINATION).from("city").to("police")
                        .by(CollectionMethod.SYSTEM_TRANSFER).purpose(PurposeKind.SERVICE_DELIVERY,
                                Beneficiary.COMMUNITY).basis(LegalBasis.LAW)));
        assertEquals(Standing.CAUTION, test.method().standing());
        assertTrue(mentions(test, "strict standard"), test.cautions().toString());
    }

    @Test
    void judge_whenCrimePreventionImagesGoToACompany_shouldNotTreatItAsThePolice() {
        LegalJudgment test = only(project().asset(asset("images", DataCategory.CAMERA_IMAGE).retainedFor(7))
                .flow(flow("share", "images").at(LifecycleStage.DISSEMINATION).from("city").to("vendor")
                        .by(CollectionMethod.SYSTEM_TRANSFER).purpose(PurposeKind.CRIME_PREVENTION,
                                Beneficiary.COMMUNITY)));
        assertTrue(!mentions(test, "police"), test.cautions().toString());
    }

    // ---- vehicle plates: the guideline's location precedent, 5.3 (1) 2)

    @Test
    void judge_whenVehiclePlateRecognition_shouldBeALocationUseNotACameraUse() {
        List<LegalJudgment> tests = FourFactorJudgment.judge(project()
                .asset(asset("plates", DataCategory.CAMERA_IMAGE, DataCategory.TRANSPORT))
                .flow(flow("read-plates", "plates").by(CollectionMethod.VEHICLE_PLATE_RECOGNITION))
                .flow(flow("analyse-trips", "plates").at(LifecycleStage.PROCESSING).from("city")
                        .by(CollectionMethod.SYSTEM_TRANSFER)).build(), LIMITS);
        assertEquals(List.of(LegalSubject.LOCATION, LegalSubject.LOCATION),
                tests.stream().map(LegalJudgment::subject).toList());
    }

    @Test
    void judge_whenPlatesReadContinuouslyWithoutConsent_shouldCautionLikeTheNSystemNotFail() {
        LegalJudgment test = only(project().asset(asset("plates", DataCategory.TRANSPORT))
                .flow(flow("read-plates", "plates").by(CollectionMethod.VEHICLE_PLATE_RECOGNITION).continuous()
                        .basis(LegalBasis.PUBLIC_INTEREST).purpose(PurposeKind.URBAN_PLANNING, Beneficiary.COMMUNITY)));
        assertEquals(LegalSubject.LOCATION, test.subject());
        assertEquals(Standing.CAUTION, test.method().standing());
        assertTrue(mentions(test, "N-system"), test.cautions().toString());
    }

    @Test
    void judge_whenCovertAfterCollection_shouldSayThePeopleCannotLearnOfTheHandling() {
        LegalJudgment test = only(project().asset(asset("trips", DataCategory.LOCATION))
                .flow(flow("mine", "trips").at(LifecycleStage.PROCESSING).from("city").by(CollectionMethod.SYSTEM_TRANSFER)
                        .covert()));
        assertEquals(Standing.NOT_MET, test.method().standing());
        assertTrue(mentions(test, "cannot learn"), test.cautions().toString());
    }

    // ---- education, 5.3 (1) 3)

    @Test
    void judge_whenEducationDataServesTheOperatorForResearch_shouldCautionNotFailThePurpose() {
        // (b) asks for the children's benefit; a beneficiary other than the pupil does not fail it by itself
        LegalJudgment test = only(project().asset(asset("grades", DataCategory.EDUCATION).of(SubjectGroup.CHILDREN))
                .flow(flow("study", "grades").purpose(PurposeKind.RESEARCH, Beneficiary.OPERATOR)));
        assertEquals(Standing.CAUTION, test.purpose().standing());
        assertTrue(mentions(test, "children's benefit"), test.cautions().toString());
        assertNotEquals(Verdict.UNSUITABLE, test.verdict());
    }

    @Test
    void judge_whenEducationDataUsedForAdvertisingByTheOperator_shouldFailThePurpose() {
        LegalJudgment test = only(project().asset(asset("grades", DataCategory.EDUCATION).of(SubjectGroup.CHILDREN))
                .flow(flow("sell", "grades").purpose(PurposeKind.ADVERTISING, Beneficiary.OPERATOR)));
        assertEquals(Standing.NOT_MET, test.purpose().standing());
        assertEquals(Verdict.UNSUITABLE, test.verdict());
    }

    @Test
    void judge_whenProfitUseOfEducationDataServesTheChildren_shouldCautionItMustBeHighlyEffective() {
        LegalJudgment test = only(project().asset(asset("grades", DataCategory.EDUCATION).of(SubjectGroup.CHILDREN))
                .flow(flow("tutor", "grades").purpose(PurposeKind.COMMERCIAL_RECOMMENDATION, Beneficiary.DATA_SUBJECT)));
        assertEquals(Standing.CAUTION, test.purpose().standing());
        assertTrue(mentions(test, "highly effective"), test.cautions().toString());
    }

    @Test
    void judge_whenDelinquencyPredictedForTheSchool_shouldMeetThePurposeAndFailTheMethod() {
        // "predicting the potential for delinquency ... is highly rational in terms of (b)"; the problems are in (c)
        LegalJudgment test = only(project().asset(asset("grades", DataCategory.EDUCATION).of(SubjectGroup.CHILDREN))
                .flow(flow("predict", "grades").purpose(PurposeKind.INDIVIDUAL_PREDICTION, Beneficiary.OPERATOR)));
        assertEquals(Standing.MET, test.purpose().standing());
        assertTrue(test.purpose().summary().contains("highly rational"), test.purpose().summary());
        assertEquals(Standing.NOT_MET, test.method().standing());
        assertEquals(Verdict.UNSUITABLE, test.verdict());
    }

    @Test
    void judge_whenEducationDataPredictsIndividualsEvenForTheirBenefit_shouldBeUnsuitable() {
        LegalJudgment test = only(project().asset(asset("grades", DataCategory.EDUCATION).of(SubjectGroup.CHILDREN))
                .flow(flow("predict", "grades").purpose(PurposeKind.INDIVIDUAL_PREDICTION,
                        Beneficiary.DATA_SUBJECT)));
        assertEquals(Standing.MET, test.purpose().standing());
        assertEquals(Standing.NOT_MET, test.method().standing());
        assertEquals(Verdict.UNSUITABLE, test.verdict());
        assertTrue(mentions(test, "autonomy"));
    }

    @Test
    void judge_whenEducationDataJoinedWithOtherFieldsAndKeptLong_shouldBeConditional() {
        LegalJudgment test = only(project().asset(asset("grades", DataCategory.EDUCATION).of(SubjectGroup.CHILDREN)
                        .retainedFor(2000))
                .flow(flow("support", "grades").purpose(PurposeKind.EDUCATION_SUPPORT).linksOtherFields()));
        assertEquals(Verdict.CONDITIONAL, test.verdict());
        assertTrue(mentions(test, "unified management"));
        assertTrue(mentions(test, "long-term storage"));
    }

    // ---- CityGov defaults come from the edition, not from code

    @Test
    void judge_whenTheEditionsCameraRetentionLimitChanges_shouldFollowItAndQuoteIt() {
        ProjectBuilder project = project().asset(asset("images", DataCategory.CAMERA_IMAGE).retainedFor(60))
                .flow(flow("capture", "images").by(CollectionMethod.SURVEILLANCE_CAMERA));
        CityGovDefaults.FourFactorLimits longer = new CityGovDefaults.FourFactorLimits(90,
                LIMITS.locationRetentionDays(), LIMITS.educationRetentionDays(), LIMITS.vagueWording());

        List<LegalJudgment> bundled = FourFactorJudgment.judge(project.build(), LIMITS);
        List<LegalJudgment> city = FourFactorJudgment.judge(project.build(), longer);

        assertTrue(bundled.getFirst().cautions().stream().anyMatch(c -> c.contains("60 days, past the 30 days")),
                bundled.toString());
        assertTrue(city.getFirst().cautions().stream().noneMatch(c -> c.contains("past the")), city.toString());
    }

    @Test
    void judge_whenTheEditionsEducationRetentionLimitChanges_shouldFollowIt() {
        ProjectBuilder project = project().asset(asset("grades", DataCategory.EDUCATION).of(SubjectGroup.CHILDREN)
                .retainedFor(400)).flow(flow("support", "grades").purpose(PurposeKind.EDUCATION_SUPPORT));
        CityGovDefaults.FourFactorLimits longer = new CityGovDefaults.FourFactorLimits(
                LIMITS.cameraRetentionDays(), LIMITS.locationRetentionDays(), 730, LIMITS.vagueWording());

        assertEquals(Verdict.CONDITIONAL, FourFactorJudgment.judge(project.build(), LIMITS).getFirst().verdict());
        assertEquals(Verdict.ACCEPTABLE, FourFactorJudgment.judge(project.build(), longer).getFirst().verdict());
    }

    @Test
    void judge_whenTheEditionsVagueWordingChanges_shouldFollowIt() {
        ProjectBuilder project = project().asset(asset("images", DataCategory.CAMERA_IMAGE).retainedFor(0)
                        .safeguards(Safeguard.IMMEDIATE_DELETION, Safeguard.ACCESS_CONTROL))
                .flow(flow("capture", "images").by(CollectionMethod.SURVEILLANCE_CAMERA)
                        .purposeText("for whatever the district wants"));
        CityGovDefaults.FourFactorLimits city = new CityGovDefaults.FourFactorLimits(LIMITS.cameraRetentionDays(),
                LIMITS.locationRetentionDays(), LIMITS.educationRetentionDays(),
                CityGovDefaults.VagueWording.of(List.of("whatever", "適宜")));

        assertEquals(Standing.MET, FourFactorJudgment.judge(project.build(), LIMITS).getFirst().purpose().standing());
        LegalJudgment judged = FourFactorJudgment.judge(project.build(), city).getFirst();
        assertEquals(Standing.NOT_MET, judged.purpose().standing());
        assertTrue(judged.cautions().stream().anyMatch(c -> c.contains("whatever")), judged.toString());
        assertEquals(java.util.Optional.of("適宜"), city.vagueWording().firstIn("適宜利用する"));
    }
}
