package org.citygov.domain.assessment;

import java.util.List;
import java.util.Objects;

import org.citygov.domain.catalogue.CatalogueEdition;
import org.citygov.domain.design.RuleCoverage;
import org.citygov.domain.project.CycleStandards;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.stakeholder.ImportanceBands;

/**
 * The cycle's standards as one catalogue edition sets them: its importance bands, and the rule coverage of 5.4
 * computed afresh from the project the cycle is moving (its four-factor judgments and risks under the edition).
 */
public record EditionStandards(CatalogueEdition catalogue) implements CycleStandards {

    public EditionStandards {
        Objects.requireNonNull(catalogue, "catalogue");
    }

    public static EditionStandards of(CatalogueEdition edition) {
        return new EditionStandards(edition);
    }

    @Override
    public String edition() {
        return catalogue.version();
    }

    @Override
    public ImportanceBands importance() {
        return catalogue.cityGovDefaults().importance();
    }

    @Override
    public List<String> ruleDesignGaps(GovernanceProject project) {
        return RuleCoverage.of(project, catalogue).gaps();
    }
}
