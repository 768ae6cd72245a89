package org.citygov.architecture;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dependency rules of CONVENTIONS.md over CityGov's production classes (all modules are on this module's test
 * classpath). The rule definitions live in {@link ArchitectureRules}; {@link ArchitectureRulesBiteTest} shows that each
 * of them fails on code that breaks it.
 */
@AnalyzeClasses(packages = ArchitectureTest.ROOT,
        importOptions = {ImportOption.DoNotIncludeTests.class, DoNotIncludeTestJars.class})
class ArchitectureTest {

    static final String ROOT = "org.citygov";

    @ArchTest
    static final ArchRule domain_whenImportingAnything_shouldUseOnlyJavaAndItself =
            ArchitectureRules.domainDependsOnlyOnJava(ROOT);

    @ArchTest
    static final ArchRule application_whenImportingAnything_shouldNotUseAdapters =
            ArchitectureRules.applicationDoesNotDependOnAdapters(ROOT);

    @ArchTest
    static final ArchRule adapters_whenImportingAnything_shouldNotUseEachOtherExceptTheCompositionRoot =
            ArchitectureRules.adaptersDoNotDependOnEachOther(ROOT);

    @ArchTest
    static final ArchRule adapters_whenImportingTheApplication_shouldUseInPortsNotServices =
            ArchitectureRules.adaptersDoNotUseServices(ROOT);

    @ArchTest
    static final ArchRule inPorts_whenImportingAnything_shouldNotUseOutPorts =
            ArchitectureRules.inPortsDoNotDependOnOutPorts(ROOT);

    @ArchTest
    static final ArchRule api_whenImportingAnything_shouldNotUseAdapters =
            ArchitectureRules.apiDoesNotDependOnAdapters(ROOT);

    @ArchTest
    static final ArchRule domainAndApplication_whenImportingAnything_shouldNotUseTheApi =
            ArchitectureRules.innerLayersDoNotDependOnTheApi(ROOT);

    @ArchTest
    static final ArchRule packages_whenDependingOnEachOther_shouldBeFreeOfCycles =
            ArchitectureRules.noPackageCycles(ROOT);

    /** The rules above check something only if the import finds every module's classes, and no test class. */
    @ArchTest
    static void import_whenAnalysingOrgCitygov_shouldFindEveryModuleAndNoTestClass(JavaClasses classes) {
        Set<String> packages = new TreeSet<>();
        for (JavaClass javaClass : classes) {
            packages.add(javaClass.getPackageName());
        }
        for (String expected : Set.of("org.citygov.domain.project", "org.citygov.domain.stakeholder",
                "org.citygov.application.port.in", "org.citygov.application.port.out",
                "org.citygov.application.service", "org.citygov.adapter.persistence.memory",
                "org.citygov.adapter.rest", "org.citygov.adapter.cli", "org.citygov.adapter.cli.root",
                "org.citygov.api")) {
            assertTrue(packages.contains(expected), () -> expected + " not imported; imported: " + packages);
        }
        assertEquals(Set.of(), packages.stream()
                .filter(p -> p.startsWith("org.citygov.architecture") || p.startsWith("org.citygov.domain.testing"))
                .collect(Collectors.toSet()), "test classes must not be analysed as production code");
        assertTrue(classes.stream().noneMatch(c -> c.getSimpleName().endsWith("Test")),
                "test classes must not be analysed as production code");
    }
}
