package org.citygov.domain.project;

import java.util.List;

/**
 * The verdict of rule design on a project: whether its rules answer its analysed risks (the rule coverage of 5.4,
 * computed against a catalogue edition) and, if not, what is missing. The cycle enters implementation and evaluation
 * only with an approvable review.
 */
public interface RuleDesignReview {

    boolean approvable();

    /** What keeps the project from approval, in words; empty when approvable. */
    List<String> gaps();
}
