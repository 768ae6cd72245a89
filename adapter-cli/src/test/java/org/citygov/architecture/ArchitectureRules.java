package org.citygov.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture rules of CONVENTIONS.md, written once against a package root so that the same definition is applied
 * to the real code ({@code org.citygov}, in {@link ArchitectureTest}, where it must hold) and to deliberately broken
 * fixtures (in {@link ArchitectureRulesBiteTest}, where it must fail). Below the root the layout is CityGov's:
 * {@code domain}, {@code application.port.in}, {@code application.port.out}, {@code application.service},
 * {@code adapter.<name>} and the composition root {@code adapter.cli.root}.
 */
final class ArchitectureRules {

    private ArchitectureRules() {
    }

    private static String compositionRoot(String root) {
        return root + ".adapter.cli.root..";
    }

    /** An allow-list: the domain uses the JDK's java.. packages and itself, nothing else. */
    static ArchRule domainDependsOnlyOnJava(String root) {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(root + ".domain..", "java..")
                .as("the domain depends only on java.. and on itself")
                .because("the domain is pure Java: no framework, no I/O, no library annotations");
    }

    static ArchRule applicationDoesNotDependOnAdapters(String root) {
        return noClasses().that().resideInAPackage(root + ".application..")
                .should().dependOnClassesThat().resideInAPackage(root + ".adapter..")
                .as("the application does not depend on adapters")
                .because("dependencies point inward: adapters -> application -> domain");
    }

    static ArchRule adaptersDoNotDependOnEachOther(String root) {
        return slices().matching(root + ".adapter.(*)..").namingSlices("adapter $1")
                .should().notDependOnEachOther()
                .ignoreDependency(resideInAPackage(compositionRoot(root)), DescribedPredicate.alwaysTrue())
                .as("adapters do not depend on each other, except the composition root, which wires them")
                .because("an adapter talks to the application's ports, never to another adapter");
    }

    static ArchRule adaptersDoNotUseServices(String root) {
        return noClasses().that().resideInAPackage(root + ".adapter..")
                .and().resideOutsideOfPackage(compositionRoot(root))
                .should().dependOnClassesThat().resideInAPackage(root + ".application.service..")
                .as("adapters use in-ports, not service classes; only the composition root constructs services");
    }

    static ArchRule inPortsDoNotDependOnOutPorts(String root) {
        return noClasses().that().resideInAPackage(root + ".application.port.in..")
                .should().dependOnClassesThat().resideInAPackage(root + ".application.port.out..")
                .as("in-ports do not depend on out-ports")
                .because("a use case's callers must not see how the application reaches the outside");
    }

    /**
     * The Java API ({@code api}, the citygov-api jar) is built on the domain and the application only: no adapter, so
     * that its jar stays thin; and neither the domain nor the application depends on it.
     */
    static ArchRule apiDoesNotDependOnAdapters(String root) {
        return noClasses().that().resideInAPackage(root + ".api..")
                .should().dependOnClassesThat().resideInAPackage(root + ".adapter..")
                .as("the Java API does not depend on adapters")
                .because("researchers put its thin jar on a class path without the database or HTTP server");
    }

    static ArchRule innerLayersDoNotDependOnTheApi(String root) {
        return noClasses().that().resideInAnyPackage(root + ".domain..", root + ".application..")
                .should().dependOnClassesThat().resideInAPackage(root + ".api..")
                .as("the domain and the application do not depend on the Java API")
                .because("the API is an entry point built on them: dependencies point inward");
    }

    /** Every package below the root is a slice; no two of them may depend on each other in a cycle. */
    static ArchRule noPackageCycles(String root) {
        return slices().matching(root + ".(**)").namingSlices("package $1")
                .should().beFreeOfCycles()
                .as("packages below " + root + " are free of cycles");
    }
}
