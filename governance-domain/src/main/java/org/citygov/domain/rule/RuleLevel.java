package org.citygov.domain.rule;

/**
 * The two levels of rules of 5.4: the city framework (principles, who decides, how programme rules are made) and the
 * programme rules of a particular service. A programme rule may tighten the framework, never loosen it.
 */
public enum RuleLevel { CITY_FRAMEWORK, PROGRAM }
