package org.citygov.application.scenario;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.citygov.application.input.Lines;
import org.citygov.application.input.Problem;
import org.citygov.domain.rule.RuleKind;
import org.citygov.domain.rule.RuleTerms;

/**
 * The terms of a rule between the flat fields of a scenario file and the typed {@link RuleTerms} of each kind. The
 * table {@link #TAKES} says which fields each kind takes; a kind's fields are all required, and a field given to a
 * kind that does not take it is reported, never ignored.
 */
final class RuleTermsMapper {

    /** The term fields each kind of rule takes, in the order the file writes them. */
    static final Map<RuleKind, List<String>> TAKES = Map.ofEntries(
            Map.entry(RuleKind.NOTICE, List.of("channels")),
            Map.entry(RuleKind.CONSENT, List.of("consentScope")),
            Map.entry(RuleKind.ACCESS_CONTROL, List.of("rolesAllowed")),
            Map.entry(RuleKind.TRANSPARENCY, List.of("publishes")),
            Map.entry(RuleKind.INDIVIDUAL_CONTROL, List.of("rights", "responseDays")),
            Map.entry(RuleKind.MINIMUM_ACQUISITION, List.of("measures")),
            Map.entry(RuleKind.RETENTION, List.of("retentionDays")),
            Map.entry(RuleKind.SECURITY_CONTROL, List.of("controls", "auditEveryDays")),
            Map.entry(RuleKind.LINKAGE_LOG, List.of("logRetentionDays")),
            Map.entry(RuleKind.ACCURACY_AUTHENTICITY, List.of("checks")),
            Map.entry(RuleKind.INCIDENT_HANDLING, List.of("contactPoints", "notificationHours")),
            Map.entry(RuleKind.PUBLIC_INTEREST_REVIEW, List.of("reviewer", "publishResults")),
            Map.entry(RuleKind.INCENTIVE, List.of("incentive")));

    private RuleTermsMapper() {
    }

    /** The given term fields of a rule, by name; absent ones are left out. */
    private static Map<String, Object> given(ScenarioDocument.Rule r) {
        Map<String, Object> fields = new LinkedHashMap<>();
        put(fields, "channels", r.channels());
        put(fields, "consentScope", r.consentScope());
        put(fields, "rolesAllowed", r.rolesAllowed());
        put(fields, "publishes", r.publishes());
        put(fields, "rights", r.rights());
        put(fields, "responseDays", r.responseDays());
        put(fields, "measures", r.measures());
        put(fields, "retentionDays", r.retentionDays());
        put(fields, "controls", r.controls());
        put(fields, "auditEveryDays", r.auditEveryDays());
        put(fields, "logRetentionDays", r.logRetentionDays());
        put(fields, "checks", r.checks());
        put(fields, "contactPoints", r.contactPoints());
        put(fields, "notificationHours", r.notificationHours());
        put(fields, "reviewer", r.reviewer());
        put(fields, "publishResults", r.publishResults());
        put(fields, "incentive", r.incentive());
        return fields;
    }

    private static void put(Map<String, Object> fields, String name, Object value) {
        if (value != null) {
            fields.put(name, value);
        }
    }

    /** The typed terms, or the problems with the rule's term fields (added to {@code problems}). */
    static Optional<RuleTerms> toTerms(ScenarioDocument.Rule r, String path, Lines lines, List<Problem> problems) {
        List<String> takes = TAKES.get(r.kind());
        Map<String, Object> given = given(r);
        int before = problems.size();
        for (String field : given.keySet()) {
            if (!takes.contains(field)) {
                problems.add(lines.problem((path.isEmpty() ? "" : path + ".") + field, "a " + r.kind() + " rule does not take " + field
                        + "; it takes " + String.join(", ", takes)));
            }
        }
        for (String field : takes) {
            Object value = given.get(field);
            if (value == null || value instanceof List<?> list && list.isEmpty() || value instanceof String text
                    && text.isBlank()) {
                problems.add(lines.problem((path.isEmpty() ? "" : path + ".") + field, "a " + r.kind() + " rule needs " + field));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(switch (r.kind()) {
            case NOTICE -> new RuleTerms.Notice(EnumSet.copyOf(r.channels()));
            case CONSENT -> new RuleTerms.Consent(EnumSet.copyOf(r.consentScope()));
            case ACCESS_CONTROL -> new RuleTerms.AccessControl(Set.copyOf(r.rolesAllowed()));
            case TRANSPARENCY -> new RuleTerms.Transparency(EnumSet.copyOf(r.publishes()));
            case INDIVIDUAL_CONTROL -> new RuleTerms.IndividualControl(EnumSet.copyOf(r.rights()), r.responseDays());
            case MINIMUM_ACQUISITION -> new RuleTerms.MinimumAcquisition(EnumSet.copyOf(r.measures()));
            case RETENTION -> new RuleTerms.Retention(r.retentionDays());
            case SECURITY_CONTROL -> new RuleTerms.SecurityControl(EnumSet.copyOf(r.controls()), r.auditEveryDays());
            case LINKAGE_LOG -> new RuleTerms.LinkageLog(r.logRetentionDays());
            case ACCURACY_AUTHENTICITY -> new RuleTerms.AccuracyAuthenticity(EnumSet.copyOf(r.checks()));
            case INCIDENT_HANDLING -> new RuleTerms.IncidentHandling(r.contactPoints(), r.notificationHours());
            case PUBLIC_INTEREST_REVIEW -> new RuleTerms.PublicInterestReview(r.reviewer(), r.publishResults());
            case INCENTIVE -> new RuleTerms.Incentive(r.incentive());
        });
    }

    /** A rule document carrying {@code terms} in its kind's fields, the rest of it as given. */
    static ScenarioDocument.Rule withTerms(ScenarioDocument.Rule head, RuleTerms terms) {
        return switch (terms) {
            case RuleTerms.Notice t -> rule(head, Map.of("channels", sorted(t.channels())));
            case RuleTerms.Consent t -> rule(head, Map.of("consentScope", sorted(t.scope())));
            case RuleTerms.AccessControl t -> rule(head, Map.of("rolesAllowed",
                    t.rolesAllowed().stream().sorted().toList()));
            case RuleTerms.Transparency t -> rule(head, Map.of("publishes", sorted(t.publishes())));
            case RuleTerms.IndividualControl t -> rule(head, Map.of("rights", sorted(t.rights()),
                    "responseDays", t.responseDays()));
            case RuleTerms.MinimumAcquisition t -> rule(head, Map.of("measures", sorted(t.measures())));
            case RuleTerms.Retention t -> rule(head, Map.of("retentionDays", t.retentionDays()));
            case RuleTerms.SecurityControl t -> rule(head, Map.of("controls", sorted(t.controls()),
                    "auditEveryDays", t.auditEveryDays()));
            case RuleTerms.LinkageLog t -> rule(head, Map.of("logRetentionDays", t.logRetentionDays()));
            case RuleTerms.AccuracyAuthenticity t -> rule(head, Map.of("checks", sorted(t.checks())));
            case RuleTerms.IncidentHandling t -> rule(head, Map.of("contactPoints", t.contactPoints(),
                    "notificationHours", t.notificationHours()));
            case RuleTerms.PublicInterestReview t -> rule(head, Map.of("reviewer", t.reviewer(),
                    "publishResults", t.publishResults()));
            case RuleTerms.Incentive t -> rule(head, Map.of("incentive", t.incentive()));
        };
    }

    @SuppressWarnings("unchecked")
    private static ScenarioDocument.Rule rule(ScenarioDocument.Rule h, Map<String, Object> t) {
        return new ScenarioDocument.Rule(h.id(), h.version(), h.level(), h.kind(), h.text(), h.appliesTo(),
                h.mitigates(), h.status(), h.approvedBy(), h.approvedOn(),
                (List<org.citygov.domain.data.NoticeChannel>) t.get("channels"),
                (List<org.citygov.domain.rule.ConsentScope>) t.get("consentScope"),
                (List<String>) t.get("rolesAllowed"),
                (List<org.citygov.domain.rule.TransparencyItem>) t.get("publishes"),
                (List<org.citygov.domain.rule.IndividualRight>) t.get("rights"),
                (Integer) t.get("responseDays"),
                (List<org.citygov.domain.rule.MinimizationMeasure>) t.get("measures"),
                (Integer) t.get("retentionDays"),
                (List<org.citygov.domain.rule.SecurityControlType>) t.get("controls"),
                (Integer) t.get("auditEveryDays"),
                (Integer) t.get("logRetentionDays"),
                (List<org.citygov.domain.rule.AccuracyCheck>) t.get("checks"),
                (List<String>) t.get("contactPoints"),
                (Integer) t.get("notificationHours"),
                (String) t.get("reviewer"),
                (Boolean) t.get("publishResults"),
                (org.citygov.domain.rule.IncentiveType) t.get("incentive"));
    }

    private static <E extends Enum<E>> List<E> sorted(Set<E> values) {
        return values.stream().sorted().toList();
    }
}
