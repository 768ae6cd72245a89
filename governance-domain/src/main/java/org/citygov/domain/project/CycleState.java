package org.citygov.domain.project;

/**
 * Where a project stands in the governance cycle. Each step is its own type, so an operation exists only where it
 * makes sense: every step but the last can {@linkplain Advancing advance}; only implementation and evaluation can
 * {@linkplain ImplementationAndEvaluation#reviseFrom() start a new revision}, which goes back to risk analysis.
 * The revision counts the turns of the agile loop (3.3), starting at 1.
 */
public sealed interface CycleState {

    int revision();

    GovernanceStep step();

    /** A step that has a next one. */
    sealed interface Advancing extends CycleState {
        CycleState next();
    }

    static CycleState initial() {
        return new ProjectOverviewStep(1);
    }

    /** Rebuilds a stored state. */
    static CycleState of(GovernanceStep step, int revision) {
        return switch (step) {
            case PROJECT_OVERVIEW -> new ProjectOverviewStep(revision);
            case LAWS_AND_REGULATIONS -> new LawsAndRegulationsStep(revision);
            case RISK_ANALYSIS -> new RiskAnalysisStep(revision);
            case RULE_DESIGN -> new RuleDesignStep(revision);
            case IMPLEMENTATION_AND_EVALUATION -> new ImplementationAndEvaluation(revision);
        };
    }

    private static int requireRevision(int revision) {
        if (revision < 1) {
            throw new IllegalArgumentException("a revision is 1 or more, got " + revision);
        }
        return revision;
    }

    record ProjectOverviewStep(int revision) implements Advancing {
        public ProjectOverviewStep {
            requireRevision(revision);
        }

        @Override
        public GovernanceStep step() {
            return GovernanceStep.PROJECT_OVERVIEW;
        }

        @Override
        public LawsAndRegulationsStep next() {
            return new LawsAndRegulationsStep(revision);
        }
    }

    record LawsAndRegulationsStep(int revision) implements Advancing {
        public LawsAndRegulationsStep {
            requireRevision(revision);
        }

        @Override
        public GovernanceStep step() {
            return GovernanceStep.LAWS_AND_REGULATIONS;
        }

        @Override
        public RiskAnalysisStep next() {
            return new RiskAnalysisStep(revision);
        }
    }

    record RiskAnalysisStep(int revision) implements Advancing {
        public RiskAnalysisStep {
            requireRevision(revision);
        }

        @Override
        public GovernanceStep step() {
            return GovernanceStep.RISK_ANALYSIS;
        }

        @Override
        public RuleDesignStep next() {
            return new RuleDesignStep(revision);
        }
    }

    record RuleDesignStep(int revision) implements Advancing {
        public RuleDesignStep {
            requireRevision(revision);
        }

        @Override
        public GovernanceStep step() {
            return GovernanceStep.RULE_DESIGN;
        }

        @Override
        public ImplementationAndEvaluation next() {
            return new ImplementationAndEvaluation(revision);
        }
    }

    /** The last step: it does not advance, but evaluation can send the loop back to risk analysis (3.3, 5.5). */
    record ImplementationAndEvaluation(int revision) implements CycleState {
        public ImplementationAndEvaluation {
            requireRevision(revision);
        }

        @Override
        public GovernanceStep step() {
            return GovernanceStep.IMPLEMENTATION_AND_EVALUATION;
        }

        /** Risk analysis of the next revision. */
        public RiskAnalysisStep reviseFrom() {
            return new RiskAnalysisStep(revision + 1);
        }
    }
}
