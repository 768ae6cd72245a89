package org.citygov.domain.evaluation;

/**
 * What a KPI measures (5.5): for the rules — complaints (count), compliance (violations), the effort of implementing
 * them, education (trainings held) — and for the services, their outcome (e.g. Liveable Well-Being City indicators).
 */
public enum KpiKind { COMPLAINTS, VIOLATIONS, IMPLEMENTATION_EFFORT, TRAININGS_HELD, SERVICE_OUTCOME }
