package org.citygov.domain.project;

import java.util.List;

import org.citygov.domain.stakeholder.ImportanceBands;

/**
 * What the cycle's later gates are judged by: one catalogue edition's grading of stakeholders (which are important
 * and so must be heard before rule design, 4.2, 4.3) and its review of the rules against the risks it finds (5.4).
 * The aggregate applies them to itself at the moment it moves, so a review cannot be stale or about another project.
 * The domain's implementation is {@code assessment.EditionStandards.of(edition)}.
 */
public interface CycleStandards {

    /** The edition the standards come from. */
    String edition();

    /** The edition's importance bands (CityGov defaults unless the edition sets its own). */
    ImportanceBands importance();

    /** What keeps this project's rule design from approval under the edition, in words; empty when approvable. */
    List<String> ruleDesignGaps(GovernanceProject project);
}
