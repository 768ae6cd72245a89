package org.citygov.domain.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.data.DataFlow;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.rule.Rule;
import org.citygov.domain.rule.RuleKind;
import org.citygov.domain.rule.RuleTerms;
import org.citygov.domain.shared.Messages;

/**
 * A governance project's incident rules against the platform its data is offered on (issue 13; guideline 5.4 (3):
 * "incident contact points, immediate sharing, who is responsible"). The platform's participants report incidents
 * within its {@code incidentReportHours}; a project whose own rule gives more time would let its organizations
 * report later than the platform they take part in requires.
 *
 * <table>
 * <caption>Rules checked: the project's effective (approved or in force) INCIDENT_HANDLING rules, framework and
 * programme, that apply to a flow of the asset the offer comes from (a rule with no flows named applies to all)</caption>
 * <tr><th>code</th><th>severity</th><th>when</th></tr>
 * <tr><td>incident-rule-slower-than-platform</td><td>BLOCKING</td><td>a rule's {@code notificationHours} is more
 *     than the platform's {@code incidentReportHours}: a conflict, like a programme rule that loosens the city
 *     framework (5.4)</td></tr>
 * <tr><td>incident-rule-missing</td><td>WARNING</td><td>no such rule: the project names no contact point for
 *     incidents on the data it offers</td></tr>
 * </table>
 * Findings name the project as their subject, the rule with its version, level and contact points.
 */
public final class IncidentRuleCheck {

    private IncidentRuleCheck() {
    }

    /** The findings for {@code project}'s {@code assets} offered on {@code platform}; empty when they agree. */
    public static List<Finding> check(GovernanceProject project, Collection<DataAssetId> assets, Platform platform) {
        List<DataFlow> flows = project.dataFlows().stream().filter(f -> assets.contains(f.asset())).toList();
        List<Rule> rules = project.governance().rules().effective().stream()
                .filter(r -> r.kind() == RuleKind.INCIDENT_HANDLING)
                .filter(r -> r.appliesTo().isEmpty() || flows.stream().anyMatch(f -> r.appliesTo(f.id())))
                .toList();
        String subject = project.id().value();
        String data = "its data asset(s) " + assets.stream().map(DataAssetId::value).sorted().toList()
                + " offered on platform " + platform.id();
        if (rules.isEmpty()) {
            return List.of(new Finding(FindingCode.INCIDENT_RULE_MISSING, subject, Messages.text(
                    "finding.incidentRuleMissing", subject, data, platform.incidentReportHours())));
        }
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            RuleTerms.IncidentHandling terms = (RuleTerms.IncidentHandling) rule.terms();
            if (terms.notificationHours() > platform.incidentReportHours()) {
                findings.add(new Finding(FindingCode.INCIDENT_RULE_SLOWER_THAN_PLATFORM, subject,
                        Messages.text("finding.incidentRuleSlower", subject, rule.level(), rule.id(), rule.version(),
                                String.join(", ", terms.contactPoints()), terms.notificationHours(), data,
                                platform.incidentReportHours())));
            }
        }
        return findings;
    }
}
