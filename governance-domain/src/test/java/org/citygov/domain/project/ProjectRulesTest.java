package org.citygov.domain.project;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.citygov.domain.data.CollectionMethod;
import org.citygov.domain.data.DataCategory;
import org.citygov.domain.data.LegalBasis;
import org.citygov.domain.data.LifecycleStage;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.data.Safeguard;
import org.citygov.domain.data.SubjectGroup;
import org.citygov.domain.shared.Violation;
import org.junit.jupiter.api.Test;

import static org.citygov.domain.testing.ProjectBuilders.OPERATOR;
import static org.citygov.domain.testing.ProjectBuilders.aFlow;
import static org.citygov.domain.testing.ProjectBuilders.aProject;
import static org.citygov.domain.testing.ProjectBuilders.aService;
import static org.citygov.domain.testing.ProjectBuilders.aStakeholder;
import static org.citygov.domain.testing.ProjectBuilders.anAsset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every invariant of {@link ProjectRules}, through {@link ProjectParts#violations()}. */
class ProjectRulesTest {

    /** Asserts that the parts break exactly one invariant, at {@code path}, with a message naming each name. */
    private static void assertSingleViolation(ProjectParts parts, String path, String... names) {
        List<Violation> violations = parts.violations();
        assertEquals(1, violations.size(), () -> "expected one violation at " + path + ", got " + violations);
        Violation violation = violations.getFirst();
        assertEquals(path, violation.path());
        for (String name : names) {
            assertTrue(violation.message().contains(name),
                    () -> "the message should name \"" + name + "\": " + violation.message());
        }
    }

    private static void assertSingleWarning(ProjectParts parts, String path, Warning.Code code, String... names) {
        List<Warning> warnings = parts.warnings();
        assertEquals(1, warnings.size(), () -> "expected one warning at " + path + ", got " + warnings);
        Warning warning = warnings.getFirst();
        assertEquals(path, warning.path());
        assertEquals(code, warning.code());
        for (String name : names) {
            assertTrue(warning.text().contains(name), () -> "the text should name \"" + name + "\": " + warning.text());
        }
    }

    @Test
    void violations_whenDefaultProject_shouldBeEmpty() {
        assertEquals(List.of(), aProject().build().violations());
    }

    // ---- unique ids ----

    @Test
    void violations_whenTwoServicesShareAnId_shouldReportTheSecond() {
        ProjectParts parts = aProject().withService(aService().withName("Another service").build()).build();

        assertSingleViolation(parts, "services[1].id", "\"elderly-watch\"", "services[0]");
    }

    @Test
    void violations_whenTwoStakeholdersShareAnId_shouldReportTheSecond() {
        ProjectParts parts = aProject().withStakeholder(aStakeholder().withId("residents").withName("Others"))
                .build();

        assertSingleViolation(parts, "stakeholders[2].id", "\"residents\"", "stakeholders[1]");
    }

    @Test
    void violations_whenTwoDataAssetsShareAnId_shouldReportTheSecond() {
        ProjectParts parts = aProject().withDataAsset(anAsset().withName("Copy of gait video")).build();

        assertSingleViolation(parts, "dataAssets[1].id", "\"gait-video\"", "dataAssets[0]");
    }

    @Test
    void violations_whenTwoDataFlowsShareAnId_shouldReportTheSecond() {
        ProjectParts parts = aProject().withDataFlow(aFlow().to("residents").from("city-os")
                .atStage(LifecycleStage.USE).withMethod(CollectionMethod.SYSTEM_TRANSFER)).build();

        assertSingleViolation(parts, "dataFlows[1].id", "\"collect-gait\"", "dataFlows[0]");
    }

    @Test
    void violations_whenTwoAcceptanceFiguresForOneCategory_shouldReportTheSecond() {
        ProjectParts parts = aProject()
                .withAcceptance(DataCategory.LOCATION, 0.7)
                .withAcceptance(DataCategory.CAMERA_IMAGE, 0.4)
                .withAcceptance(DataCategory.CAMERA_IMAGE, 0.6)
                .build();

        assertSingleViolation(parts, "project.region.acceptance[2].dataCategory", "CAMERA_IMAGE",
                "project.region.acceptance[1]");
    }

    @Test
    void violations_whenAcceptanceFiguresForDifferentCategories_shouldBeEmpty() {
        ProjectParts parts = aProject().withAcceptance(DataCategory.LOCATION, 0.7)
                .withAcceptance(DataCategory.CAMERA_IMAGE, 0.4).build();

        assertEquals(List.of(), parts.violations());
    }

    // ---- flows reference existing parts ----

    @Test
    void violations_whenFlowNamesUnknownAsset_shouldReportItsAsset() {
        ProjectParts parts = aProject().withDataFlow(aFlow().withId("share-video").withAsset("no-such-asset"))
                .build();

        assertSingleViolation(parts, "dataFlows[1].asset", "\"share-video\"", "\"no-such-asset\"");
    }

    @Test
    void violations_whenFlowComesFromUnknownStakeholder_shouldReportItsFrom() {
        ProjectParts parts = aProject().withDataFlow(aFlow().withId("from-nowhere").from("ghost")).build();

        assertSingleViolation(parts, "dataFlows[1].from", "\"from-nowhere\"", "\"ghost\"");
    }

    @Test
    void violations_whenFlowGoesToUnknownStakeholder_shouldReportItsTo() {
        ProjectParts parts = aProject().withDataFlow(aFlow().withId("to-nowhere").to("ghost")).build();

        assertSingleViolation(parts, "dataFlows[1].to", "\"to-nowhere\"", "\"ghost\"");
    }

    // ---- methods and stages ----

    @Test
    void violations_whenSensingMethodOutsideCollection_shouldWarnNotRefuse() {
        ProjectParts parts = aProject().withDataFlow(aFlow().withId("process-video")
                .atStage(LifecycleStage.PROCESSING).withMethod(CollectionMethod.SURVEILLANCE_CAMERA)).build();

        assertEquals(List.of(), parts.violations());
        assertSingleWarning(parts, "dataFlows[1].method", Warning.Code.COLLECTION_METHOD_AT_LATER_STAGE,
                "\"process-video\"", "SURVEILLANCE_CAMERA", "PROCESSING");
    }

    @Test
    void warnings_whenAdministrativeRecordsOnAProcessingFlow_shouldWarnAtTheMethod() {
        ProjectParts parts = aProject().withDataFlow(aFlow().withId("re-read-claims").from(OPERATOR)
                .atStage(LifecycleStage.PROCESSING).withMethod(CollectionMethod.ADMINISTRATIVE_RECORDS)).build();

        assertEquals(List.of(), parts.violations());
        assertSingleWarning(parts, "dataFlows[1].method", Warning.Code.COLLECTION_METHOD_AT_LATER_STAGE,
                "ADMINISTRATIVE_RECORDS", "PROCESSING", "SYSTEM_TRANSFER");
    }

    @Test
    void violations_whenTransferOutsideCollection_shouldBeEmpty() {
        ProjectParts parts = aProject().withDataFlow(aFlow().withId("process-video")
                .atStage(LifecycleStage.PROCESSING).withMethod(CollectionMethod.SYSTEM_TRANSFER)
                .from(OPERATOR)).build();

        assertEquals(List.of(), parts.violations());
        assertEquals(List.of(), parts.warnings());
    }

    @Test
    void violations_whenSensingMethodCannotYieldTheAssetsData_shouldWarnAtTheMethod() {
        ProjectParts parts = aProject().withDataFlow(aFlow().withId("scan-veins")
                .withMethod(CollectionMethod.FINGER_VEIN_AUTHENTICATION)).build();

        assertEquals(List.of(), parts.violations());
        assertSingleWarning(parts, "dataFlows[1].method", Warning.Code.METHOD_YIELDS_OTHER_DATA,
                "FINGER_VEIN_AUTHENTICATION", "\"gait-video\"", "BIOMETRIC", "CAMERA_IMAGE");
    }

    @Test
    void violations_whenMethodYieldsAnyOfTheAssetsCategories_shouldBeEmpty() {
        ProjectParts parts = aProject()
                .withDataAssets(anAsset().withCategories(DataCategory.LOCATION, DataCategory.HEALTH).build())
                .withDataFlows(aFlow().withMethod(CollectionMethod.BLE_BEACON).build(),
                        aFlow().withId("ask").withMethod(CollectionMethod.QUESTIONNAIRE).build())
                .build();

        assertEquals(List.of(), parts.violations());
        assertEquals(List.of(), parts.warnings());
    }

    @Test
    void violations_whenCovertOutsideCollection_shouldWarnAtCovert() {
        ProjectParts parts = aProject().withDataFlow(aFlow().withId("hidden-use").atStage(LifecycleStage.USE)
                .withMethod(CollectionMethod.SYSTEM_TRANSFER).from(OPERATOR).covert(true)).build();

        assertEquals(List.of(), parts.violations());
        assertSingleWarning(parts, "dataFlows[1].covert", Warning.Code.COVERT_BEYOND_COLLECTION, "\"hidden-use\"",
                "USE");
    }

    @Test
    void violations_whenCovertAtCollection_shouldBeEmpty() {
        ProjectParts parts = aProject().withDataFlows(aFlow().covert(true).build()).build();

        assertEquals(List.of(), parts.violations());
        assertEquals(List.of(), parts.warnings());
    }

    // ---- legal basis and dissemination ----

    @Test
    void violations_whenEmergencyBasisForNonEmergencyPurpose_shouldReportLegalBasis() {
        ProjectParts parts = aProject().withDataFlow(aFlow().withId("urgent-ads")
                .withPurposeKind(PurposeKind.ADVERTISING).withLegalBasis(LegalBasis.EMERGENCY)).build();

        assertSingleViolation(parts, "dataFlows[1].legalBasis", "\"urgent-ads\"", "ADVERTISING");
    }

    @Test
    void violations_whenEmergencyBasisForEmergencyPurposes_shouldBeEmpty() {
        ProjectParts parts = aProject()
                .withDataFlows(
                        aFlow().withId("rescue").withPurposeKind(PurposeKind.EMERGENCY_RESPONSE)
                                .withLegalBasis(LegalBasis.EMERGENCY).build(),
                        aFlow().withId("evacuate").withPurposeKind(PurposeKind.DISASTER_PREVENTION)
                                .withLegalBasis(LegalBasis.EMERGENCY).build())
                .build();

        assertEquals(List.of(), parts.violations());
    }

    @Test
    void violations_whenDisseminationToItself_shouldReportTo() {
        ProjectParts parts = aProject().withDataFlow(aFlow().withId("self-share")
                .atStage(LifecycleStage.DISSEMINATION).withMethod(CollectionMethod.SYSTEM_TRANSFER)
                .from(OPERATOR).to(OPERATOR)).build();

        assertSingleViolation(parts, "dataFlows[1].to", "\"self-share\"", "\"city-os\"", "itself");
    }

    @Test
    void violations_whenDisseminationToAnotherParty_shouldBeEmpty() {
        ProjectParts parts = aProject().withDataFlow(aFlow().withId("share-back")
                .atStage(LifecycleStage.DISSEMINATION).withMethod(CollectionMethod.SYSTEM_TRANSFER)
                .from(OPERATOR).to("residents")).build();

        assertEquals(List.of(), parts.violations());
    }

    // ---- data assets ----

    @Test
    void violations_whenPersonalDataStatesNoIdentifiability_shouldReportIdentifiability() {
        ProjectParts parts = aProject().withDataAsset(anAsset().withId("visitor-log").withoutIdentifiability())
                .build();

        assertSingleViolation(parts, "dataAssets[1].identifiability", "\"visitor-log\"", "INDIVIDUAL");
    }

    @Test
    void violations_whenPersonalOnlyCategoryOnNonPersonalAsset_shouldReportSubject() {
        ProjectParts parts = aProject().withDataAsset(anAsset().withId("clinic-records").aboutOrganizations()
                .withCategories(DataCategory.MEDICAL, DataCategory.ADMINISTRATIVE)).build();

        assertSingleViolation(parts, "dataAssets[1].subject", "\"clinic-records\"", "MEDICAL", "ORGANIZATION");
    }

    @Test
    void violations_whenPersonalOnlyCategoryOnIndividualAsset_shouldBeEmpty() {
        ProjectParts parts = aProject().withDataAsset(anAsset().withId("care-records")
                .withCategories(DataCategory.LONG_TERM_CARE).withSpecialCare(true)
                .withSubjectGroups(SubjectGroup.ELDERLY)).build();

        assertEquals(List.of(), parts.violations());
    }

    @Test
    void violations_whenSpecialCareOnNonPersonalAsset_shouldReportSpecialCare() {
        ProjectParts parts = aProject().withDataAsset(anAsset().withId("air-quality").aboutNoOne()
                .withCategories(DataCategory.ENVIRONMENT).withSpecialCare(true)).build();

        assertSingleViolation(parts, "dataAssets[1].specialCare", "\"air-quality\"", "NONE");
    }

    @Test
    void violations_whenSubjectGroupsOnNonPersonalAsset_shouldReportSubjectGroups() {
        ProjectParts parts = aProject().withDataAsset(anAsset().withId("school-buildings").aboutOrganizations()
                .withCategories(DataCategory.INFRASTRUCTURE).withSubjectGroups(SubjectGroup.CHILDREN)).build();

        assertSingleViolation(parts, "dataAssets[1].subjectGroups", "\"school-buildings\"", "ORGANIZATION");
    }

    @Test
    void violations_whenImmediatelyDeletedAssetIsKept_shouldReportRetentionDays() {
        ProjectParts parts = aProject().withDataAsset(anAsset().withId("raw-frames")
                .withSafeguards(Safeguard.IMMEDIATE_DELETION).withRetentionDays(7)).build();

        assertSingleViolation(parts, "dataAssets[1].retentionDays", "\"raw-frames\"", "7");
    }

    @Test
    void violations_whenImmediatelyDeletedAssetKeptZeroDays_shouldBeEmpty() {
        ProjectParts parts = aProject().withDataAsset(anAsset().withId("raw-frames")
                .withSafeguards(Safeguard.IMMEDIATE_DELETION).withRetentionDays(0)).build();

        assertEquals(List.of(), parts.violations());
    }

    // ---- all at once ----

    @Test
    void violations_whenSeveralInvariantsBroken_shouldReportEveryOneWithItsPath() {
        ProjectParts parts = aProject()
                .withService(aService().build())
                .withAcceptance(DataCategory.LOCATION, 0.5)
                .withAcceptance(DataCategory.LOCATION, 0.6)
                .withDataAsset(anAsset().withId("visitor-log").withoutIdentifiability())
                .withDataAsset(anAsset().withId("air-quality").aboutNoOne().withCategories(DataCategory.HEALTH)
                        .withSpecialCare(true))
                .withDataFlow(aFlow().withId("bad-flow").withAsset("missing").from("ghost").to("phantom")
                        .atStage(LifecycleStage.USE).covert(true).withLegalBasis(LegalBasis.EMERGENCY))
                .build();

        Set<String> paths = parts.violations().stream().map(Violation::path).collect(Collectors.toSet());

        assertEquals(Set.of(
                "services[1].id",
                "project.region.acceptance[1].dataCategory",
                "dataAssets[1].identifiability",
                "dataAssets[2].subject",
                "dataAssets[2].specialCare",
                "dataFlows[1].asset",
                "dataFlows[1].from",
                "dataFlows[1].to",
                "dataFlows[1].legalBasis"), paths);
        assertEquals(9, parts.violations().size());
        // what is only unusual is warned about, not refused
        assertEquals(Set.of("dataFlows[1].method", "dataFlows[1].covert"),
                parts.warnings().stream().map(Warning::path).collect(Collectors.toSet()));
    }
}
