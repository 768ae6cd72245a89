/**
 * Deliberately broken mini-codebases, one per sub-package, each laid out like CityGov under its own root
 * ({@code <root>.domain}, {@code <root>.application}, {@code <root>.adapter.*}). {@code ArchitectureRulesBiteTest}
 * applies the same rule definitions as {@code ArchitectureTest} to them and expects each rule to fail. They are test
 * classes, so the real architecture test does not import them.
 */
package org.citygov.architecture.violations;
