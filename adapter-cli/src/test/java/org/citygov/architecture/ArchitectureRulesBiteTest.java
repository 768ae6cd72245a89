package org.citygov.architecture;

import java.util.function.Function;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each rule of {@link ArchitectureRules}, applied to a deliberately broken fixture under
 * {@code org.citygov.architecture.violations.<case>}, must report the breach, and only the breach: a rule that cannot
 * fail proves nothing. The fixtures are laid out like CityGov below their own root, so the definitions are the very
 * ones {@link ArchitectureTest} applies to {@code org.citygov}.
 */
class ArchitectureRulesBiteTest {

    private static final String VIOLATIONS = "org.citygov.architecture.violations";

    private static String root(String fixture) {
        return VIOLATIONS + "." + fixture;
    }

    /** The fixture's classes, test classes included (they are test classes). */
    private static JavaClasses fixture(String fixture) {
        JavaClasses classes = new ClassFileImporter().importPackages(root(fixture));
        assertFalse(classes.isEmpty(), "fixture " + fixture + " should have classes");
        return classes;
    }

    private static String report(EvaluationResult result) {
        return String.join("\n", result.getFailureReport().getDetails());
    }

    private static String evaluateExpectingViolation(Function<String, ArchRule> rule, String fixture) {
        EvaluationResult result = rule.apply(root(fixture)).evaluate(fixture(fixture));
        assertTrue(result.hasViolation(), "the rule should fail on fixture " + fixture);
        return report(result);
    }

    private static void assertMentions(String report, String... parts) {
        for (String part : parts) {
            assertTrue(report.contains(part), () -> "the report should mention " + part + ":\n" + report);
        }
    }

    private static void assertDoesNotMention(String report, String part) {
        assertFalse(report.contains(part), () -> "the report should not mention " + part + ":\n" + report);
    }

    @Test
    void domainDependsOnlyOnJava_whenADomainClassUsesAFramework_shouldReportIt() {
        String report = evaluateExpectingViolation(ArchitectureRules::domainDependsOnlyOnJava, "domainimport");

        assertMentions(report, "BadDomainClass", "picocli.CommandLine");
        assertDoesNotMention(report, "GoodDomainValue.<init>");
    }

    @Test
    void applicationDoesNotDependOnAdapters_whenAServiceUsesAnAdapter_shouldReportIt() {
        String report = evaluateExpectingViolation(ArchitectureRules::applicationDoesNotDependOnAdapters,
                "applicationtoadapter");

        assertMentions(report, "LeakyService", "JdbcStore");
    }

    @Test
    void apiDoesNotDependOnAdapters_whenTheFacadeUsesAnAdapter_shouldReportIt() {
        String report = evaluateExpectingViolation(ArchitectureRules::apiDoesNotDependOnAdapters, "apitoadapter");

        assertMentions(report, "LeakyFacade", "JdbcStore");
        assertDoesNotMention(report, "ReadsTheApi");
    }

    @Test
    void innerLayersDoNotDependOnTheApi_whenTheApplicationUsesTheApi_shouldReportIt() {
        String report = evaluateExpectingViolation(ArchitectureRules::innerLayersDoNotDependOnTheApi, "apitoadapter");

        assertMentions(report, "ReadsTheApi", "LeakyFacade");
        assertDoesNotMention(report, "JdbcStore.save");
    }

    @Test
    void adaptersDoNotDependOnEachOther_whenRestUsesPersistence_shouldReportItButNotTheCompositionRoot() {
        String report = evaluateExpectingViolation(ArchitectureRules::adaptersDoNotDependOnEachOther,
                "adaptercoupling");

        assertMentions(report, "ProjectRoutes", "JdbcStore");
        assertDoesNotMention(report, "Wiring");
    }

    @Test
    void adaptersDoNotUseServices_whenRestUsesAService_shouldReportItButNotTheCompositionRoot() {
        String report = evaluateExpectingViolation(ArchitectureRules::adaptersDoNotUseServices, "serviceuse");

        assertMentions(report, "ProjectRoutes", "ProjectService");
        assertDoesNotMention(report, "Wiring");
    }

    @Test
    void inPortsDoNotDependOnOutPorts_whenAnInPortReturnsAnOutPort_shouldReportIt() {
        String report = evaluateExpectingViolation(ArchitectureRules::inPortsDoNotDependOnOutPorts, "portleak");

        assertMentions(report, "RegisterThing", "Things");
    }

    @Test
    void noPackageCycles_whenTwoPackagesUseEachOther_shouldReportTheCycle() {
        String report = evaluateExpectingViolation(ArchitectureRules::noPackageCycles, "cycle");

        assertMentions(report, "Alpha", "Beta");
    }

    @Test
    void compositionRootExemptions_whenOnlyTheRootWiresAdaptersAndServices_shouldHold() {
        JavaClasses rootOnly = new ClassFileImporter().importPackages(root("adaptercoupling.adapter.cli.root"),
                root("adaptercoupling.adapter.persistence"));

        assertFalse(ArchitectureRules.adaptersDoNotDependOnEachOther(root("adaptercoupling")).evaluate(rootOnly)
                .hasViolation());
    }

    /** failOnEmptyShould is on: a rule whose packages match nothing fails instead of passing vacuously. */
    @ParameterizedTest
    @ValueSource(strings = {"domain", "application", "adapters", "services", "ports", "api", "inner", "cycles"})
    void rule_whenItsPackagesMatchNoClass_shouldFailRatherThanPassVacuously(String rule) {
        String nowhere = "org.citygov.architecture.nowhere";
        ArchRule archRule = switch (rule) {
            case "domain" -> ArchitectureRules.domainDependsOnlyOnJava(nowhere);
            case "application" -> ArchitectureRules.applicationDoesNotDependOnAdapters(nowhere);
            case "adapters" -> ArchitectureRules.adaptersDoNotDependOnEachOther(nowhere);
            case "services" -> ArchitectureRules.adaptersDoNotUseServices(nowhere);
            case "ports" -> ArchitectureRules.inPortsDoNotDependOnOutPorts(nowhere);
            case "api" -> ArchitectureRules.apiDoesNotDependOnAdapters(nowhere);
            case "inner" -> ArchitectureRules.innerLayersDoNotDependOnTheApi(nowhere);
            case "cycles" -> ArchitectureRules.noPackageCycles(nowhere);
            default -> throw new IllegalArgumentException(rule);
        };
        JavaClasses someClasses = fixture("cycle");

        AssertionError error = assertThrows(AssertionError.class, () -> archRule.check(someClasses));

        assertTrue(error.getMessage().contains("failed to check any classes"), error.getMessage());
    }
}
