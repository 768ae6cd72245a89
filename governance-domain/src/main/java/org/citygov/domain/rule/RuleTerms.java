package org.citygov.domain.rule;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.citygov.domain.data.NoticeChannel;
import org.citygov.domain.shared.Ids;
import org.citygov.domain.shared.Messages;

/**
 * The typed terms of a rule, one record per {@link RuleKind}. Each knows how a programme rule of its kind could loosen
 * a city-framework rule of the same kind ({@link #loosening}): a longer retention, fewer notice channels, a later
 * incident notification, more roles with access… Tightening is always allowed (5.4: the framework sets the floor).
 */
public sealed interface RuleTerms {

    RuleKind kind();

    /**
     * How these programme terms loosen the framework's terms of the same kind, in words; empty when they keep to
     * them or tighten them.
     */
    Optional<String> loosening(RuleTerms framework);

    /** The terms as field → value text, for readable differences between versions. */
    java.util.Map<String, String> fields();

    // ---- the kinds ----------------------------------------------------------------------------------------------

    record Notice(Set<NoticeChannel> channels) implements RuleTerms {
        public Notice {
            channels = nonEmpty(channels, "a notice rule names at least one channel");
        }

        @Override
        public RuleKind kind() {
            return RuleKind.NOTICE;
        }

        @Override
        public Optional<String> loosening(RuleTerms framework) {
            return missing(((Notice) framework).channels, channels, "conflict.what.noticeChannels");
        }

        @Override
        public java.util.Map<String, String> fields() {
            return java.util.Map.of("channels", sorted(channels));
        }
    }

    /** Consent is required for these uses of the data. */
    record Consent(Set<ConsentScope> scope) implements RuleTerms {
        public Consent {
            scope = nonEmpty(scope, "a consent rule says what consent is required for");
        }

        @Override
        public RuleKind kind() {
            return RuleKind.CONSENT;
        }

        @Override
        public Optional<String> loosening(RuleTerms framework) {
            return missing(((Consent) framework).scope, scope, "conflict.what.consentFor");
        }

        @Override
        public java.util.Map<String, String> fields() {
            return java.util.Map.of("consentScope", sorted(scope));
        }
    }

    /** Only these roles may access the data. */
    record AccessControl(Set<String> rolesAllowed) implements RuleTerms {
        public AccessControl {
            rolesAllowed = Set.copyOf(rolesAllowed.stream().map(r -> Ids.requireText(r, "role")).toList());
            if (rolesAllowed.isEmpty()) {
                throw new IllegalArgumentException("an access-control rule names the roles allowed");
            }
        }

        @Override
        public RuleKind kind() {
            return RuleKind.ACCESS_CONTROL;
        }

        @Override
        public Optional<String> loosening(RuleTerms framework) {
            Set<String> allowed = ((AccessControl) framework).rolesAllowed;
            SortedSet<String> extra = new TreeSet<>(rolesAllowed);
            extra.removeAll(allowed);
            return extra.isEmpty() ? Optional.empty()
                    : Optional.of(Messages.text("conflict.grantsAccess", String.join(", ", extra),
                            String.join(", ", new TreeSet<>(allowed))));
        }

        @Override
        public java.util.Map<String, String> fields() {
            return java.util.Map.of("rolesAllowed", String.join(", ", new TreeSet<>(rolesAllowed)));
        }
    }

    /** What is published about the use of data. */
    record Transparency(Set<TransparencyItem> publishes) implements RuleTerms {
        public Transparency {
            publishes = nonEmpty(publishes, "a transparency rule says what is published");
        }

        @Override
        public RuleKind kind() {
            return RuleKind.TRANSPARENCY;
        }

        @Override
        public Optional<String> loosening(RuleTerms framework) {
            return missing(((Transparency) framework).publishes, publishes, "conflict.what.publicationOf");
        }

        @Override
        public java.util.Map<String, String> fields() {
            return java.util.Map.of("publishes", sorted(publishes));
        }
    }

    /** The rights individuals can exercise, answered within so many days. */
    record IndividualControl(Set<IndividualRight> rights, int responseDays) implements RuleTerms {
        public IndividualControl {
            rights = nonEmpty(rights, "an individual-control rule names the rights it grants");
            positive(responseDays, "responseDays");
        }

        @Override
        public RuleKind kind() {
            return RuleKind.INDIVIDUAL_CONTROL;
        }

        @Override
        public Optional<String> loosening(RuleTerms framework) {
            IndividualControl f = (IndividualControl) framework;
            return first(missing(f.rights, rights, "conflict.what.rights"),
                    longer(responseDays, f.responseDays, "conflict.answersIn"));
        }

        @Override
        public java.util.Map<String, String> fields() {
            return java.util.Map.of("rights", sorted(rights), "responseDays", Integer.toString(responseDays));
        }
    }

    record MinimumAcquisition(Set<MinimizationMeasure> measures) implements RuleTerms {
        public MinimumAcquisition {
            measures = nonEmpty(measures, "a minimum-acquisition rule names its measures");
        }

        @Override
        public RuleKind kind() {
            return RuleKind.MINIMUM_ACQUISITION;
        }

        @Override
        public Optional<String> loosening(RuleTerms framework) {
            return missing(((MinimumAcquisition) framework).measures, measures, "conflict.what.measures");
        }

        @Override
        public java.util.Map<String, String> fields() {
            return java.util.Map.of("measures", sorted(measures));
        }
    }

    /** Data is kept at most so many days. */
    record Retention(int retentionDays) implements RuleTerms {
        public Retention {
            if (retentionDays < 0) {
                throw new IllegalArgumentException("retentionDays is 0 or more, got " + retentionDays);
            }
        }

        @Override
        public RuleKind kind() {
            return RuleKind.RETENTION;
        }

        @Override
        public Optional<String> loosening(RuleTerms framework) {
            return longer(retentionDays, ((Retention) framework).retentionDays, "conflict.keepsData");
        }

        @Override
        public java.util.Map<String, String> fields() {
            return java.util.Map.of("retentionDays", Integer.toString(retentionDays));
        }
    }

    /** Security controls in place, audited by a third party every so many days. */
    record SecurityControl(Set<SecurityControlType> controls, int auditEveryDays) implements RuleTerms {
        public SecurityControl {
            controls = nonEmpty(controls, "a security rule names its controls");
            positive(auditEveryDays, "auditEveryDays");
        }

        @Override
        public RuleKind kind() {
            return RuleKind.SECURITY_CONTROL;
        }

        @Override
        public Optional<String> loosening(RuleTerms framework) {
            SecurityControl f = (SecurityControl) framework;
            return first(missing(f.controls, controls, "conflict.what.controls"),
                    longer(auditEveryDays, f.auditEveryDays, "conflict.auditsEvery"));
        }

        @Override
        public java.util.Map<String, String> fields() {
            return java.util.Map.of("controls", sorted(controls), "auditEveryDays", Integer.toString(auditEveryDays));
        }
    }

    /** Every linkage is logged and the log kept so many days. */
    record LinkageLog(int logRetentionDays) implements RuleTerms {
        public LinkageLog {
            positive(logRetentionDays, "logRetentionDays");
        }

        @Override
        public RuleKind kind() {
            return RuleKind.LINKAGE_LOG;
        }

        @Override
        public Optional<String> loosening(RuleTerms framework) {
            int required = ((LinkageLog) framework).logRetentionDays;
            return logRetentionDays < required
                    ? Optional.of(Messages.text("conflict.logRetention", logRetentionDays, required))
                    : Optional.empty();
        }

        @Override
        public java.util.Map<String, String> fields() {
            return java.util.Map.of("logRetentionDays", Integer.toString(logRetentionDays));
        }
    }

    /** How providers and users check that data is accurate and authentic. */
    record AccuracyAuthenticity(Set<AccuracyCheck> checks) implements RuleTerms {
        public AccuracyAuthenticity {
            checks = nonEmpty(checks, "an accuracy rule names its checks");
        }

        @Override
        public RuleKind kind() {
            return RuleKind.ACCURACY_AUTHENTICITY;
        }

        @Override
        public Optional<String> loosening(RuleTerms framework) {
            return missing(((AccuracyAuthenticity) framework).checks, checks, "conflict.what.checks");
        }

        @Override
        public java.util.Map<String, String> fields() {
            return java.util.Map.of("checks", sorted(checks));
        }
    }

    /** Incidents are reported to these contact points within so many hours. */
    record IncidentHandling(List<String> contactPoints, int notificationHours) implements RuleTerms {
        public IncidentHandling {
            contactPoints = contactPoints.stream().map(c -> Ids.requireText(c, "contact point")).toList();
            if (contactPoints.isEmpty()) {
                throw new IllegalArgumentException("an incident rule names at least one contact point");
            }
            positive(notificationHours, "notificationHours");
        }

        @Override
        public RuleKind kind() {
            return RuleKind.INCIDENT_HANDLING;
        }

        @Override
        public Optional<String> loosening(RuleTerms framework) {
            return longer(notificationHours, ((IncidentHandling) framework).notificationHours,
                    "conflict.notifiesWithin");
        }

        @Override
        public java.util.Map<String, String> fields() {
            return java.util.Map.of("contactPoints", String.join(", ", contactPoints),
                    "notificationHours", Integer.toString(notificationHours));
        }
    }

    /** A public-interest use is inspected by a named body, and the results published or not. */
    record PublicInterestReview(String reviewer, boolean publishResults) implements RuleTerms {
        public PublicInterestReview {
            reviewer = Ids.requireText(reviewer, "reviewer");
        }

        @Override
        public RuleKind kind() {
            return RuleKind.PUBLIC_INTEREST_REVIEW;
        }

        @Override
        public Optional<String> loosening(RuleTerms framework) {
            return ((PublicInterestReview) framework).publishResults && !publishResults
                    ? Optional.of(Messages.text("conflict.unpublishedReview"))
                    : Optional.empty();
        }

        @Override
        public java.util.Map<String, String> fields() {
            return java.util.Map.of("reviewer", reviewer, "publishResults", Boolean.toString(publishResults));
        }
    }

    record Incentive(IncentiveType incentive) implements RuleTerms {
        public Incentive {
            Objects.requireNonNull(incentive, "incentive");
        }

        @Override
        public RuleKind kind() {
            return RuleKind.INCENTIVE;
        }

        @Override
        public Optional<String> loosening(RuleTerms framework) {
            return Optional.empty();
        }

        @Override
        public java.util.Map<String, String> fields() {
            return java.util.Map.of("incentive", incentive.name());
        }
    }

    // ---- shared checks ------------------------------------------------------------------------------------------

    private static <E extends Enum<E>> Set<E> nonEmpty(Set<E> values, String message) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException(message);
        }
        return Set.copyOf(EnumSet.copyOf(values));
    }

    private static void positive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " is 1 or more, got " + value);
        }
    }

    private static <E extends Enum<E>> Optional<String> missing(Set<E> required, Set<E> given, String whatKey) {
        SortedSet<String> absent = new TreeSet<>();
        required.stream().filter(r -> !given.contains(r)).forEach(r -> absent.add(r.name()));
        return absent.isEmpty() ? Optional.empty()
                : Optional.of(Messages.text("conflict.drops", Messages.text(whatKey), String.join(", ", absent)));
    }

    private static Optional<String> longer(int value, int limit, String key) {
        return value > limit
                ? Optional.of(Messages.text(key, value, limit))
                : Optional.empty();
    }

    @SafeVarargs
    private static Optional<String> first(Optional<String>... findings) {
        List<String> found = java.util.Arrays.stream(findings).flatMap(Optional::stream).toList();
        return found.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", found));
    }

    private static String sorted(Set<? extends Enum<?>> values) {
        return String.join(", ", new TreeSet<>(values.stream().map(Enum::name).toList()));
    }
}
