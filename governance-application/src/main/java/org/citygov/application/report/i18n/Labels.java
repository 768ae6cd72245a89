package org.citygov.application.report.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;

import org.citygov.domain.data.Beneficiary;
import org.citygov.domain.data.DataCategory;
import org.citygov.domain.data.Identifiability;
import org.citygov.domain.data.LegalBasis;
import org.citygov.domain.data.LifecycleStage;
import org.citygov.domain.data.NoticeChannel;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.evaluation.KpiEvaluation;
import org.citygov.domain.evaluation.KpiKind;
import org.citygov.domain.evaluation.Threshold;
import org.citygov.domain.law.LegalSubject;
import org.citygov.domain.law.Sensitivity;
import org.citygov.domain.law.Standing;
import org.citygov.domain.law.Verdict;
import org.citygov.domain.project.Benefit;
import org.citygov.domain.project.CycleTransition;
import org.citygov.domain.project.GovernanceStep;
import org.citygov.domain.project.PromotionStage;
import org.citygov.domain.project.ServiceField;
import org.citygov.domain.risk.RiskLevel;
import org.citygov.domain.rule.IndividualRight;
import org.citygov.domain.rule.RuleKind;
import org.citygov.domain.rule.RuleLevel;
import org.citygov.domain.rule.RuleStatus;
import org.citygov.domain.rule.TransparencyItem;
import org.citygov.domain.stakeholder.Importance;
import org.citygov.domain.stakeholder.Involvement;

/**
 * The words of CityGov's documents (headings, captions, legends, table heads, the names of the codes the domain uses)
 * in one language, from the resource bundle {@value #BUNDLE} ({@code labels.properties} in English,
 * {@code labels_ja.properties} in Japanese; UTF-8). Catalogue entries (laws, soft laws, harms, focal points,
 * stakeholder categories, engagement formats and methods) are not here: their labels are edition data.
 *
 * <p>A missing key is a defect of the build, not a user error, and fails loudly; a test keeps the two files' keys
 * equal and checks that every constant of {@link #LABELLED_ENUMS} has its label.
 */
public final class Labels {

    public static final String BUNDLE = "org.citygov.report.labels";

    /** The enumerations whose constants documents name, each constant under {@code enum.<Type>.<CONSTANT>}. */
    public static final List<Class<? extends Enum<?>>> LABELLED_ENUMS = List.of(RiskLevel.class, Importance.class,
            LifecycleStage.class, LegalBasis.class, PurposeKind.class, Beneficiary.class, DataCategory.class,
            Identifiability.class, NoticeChannel.class, Verdict.class, Standing.class, Sensitivity.class,
            LegalSubject.class, RuleKind.class, RuleLevel.class, RuleStatus.class, TransparencyItem.class,
            IndividualRight.class, KpiKind.class, KpiEvaluation.Status.class, KpiEvaluation.Trend.class,
            Threshold.Direction.class, GovernanceStep.class, PromotionStage.class, ServiceField.class, Benefit.class,
            Involvement.class, CycleTransition.Kind.class, org.citygov.domain.data.Safeguard.class,
            org.citygov.domain.data.CollectionMethod.class, org.citygov.domain.platform.DutyLayer.class,
            org.citygov.domain.platform.Incident.NotificationKind.class,
            org.citygov.domain.platform.IncidentReview.DeadlineStatus.class, org.citygov.domain.project.Site.class,
            org.citygov.domain.platform.Declaration.class, org.citygov.domain.platform.ParticipantRole.class,
            org.citygov.domain.platform.ListingStatus.class, org.citygov.domain.linkage.Decision.Outcome.class, org.citygov.domain.linkage.Obligation.Kind.class,
            org.citygov.domain.linkage.LogVerification.Tampering.class, org.citygov.domain.platform.Severity.class,
            org.citygov.domain.platform.Monitoring.class, org.citygov.domain.platform.Authentication.class);

    private final Language language;
    private final ResourceBundle bundle;

    private Labels(Language language) {
        this.language = language;
        // no fallback to the machine's default locale: English is the base file, Japanese its only translation
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Labels of(Language language) {
        return new Labels(Objects.requireNonNull(language, "language"));
    }

    public Language language() {
        return language;
    }

    /** The text of a key; a missing key throws (a defect, caught by the bundle tests). */
    public String get(String key) {
        return bundle.getString(key);
    }

    /** The text of a key with {@code {0}}, {@code {1}}… filled in ({@link MessageFormat}). */
    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), language.locale()).format(arguments);
    }

    /** The name of an enumeration constant in this language. */
    public String of(Enum<?> value) {
        return get(key(value.getDeclaringClass(), value.name()));
    }

    /** The key of a constant: {@code enum.RiskLevel.HIGH}, {@code enum.KpiEvaluation.Status.MET}. */
    public static String key(Class<?> type, String constant) {
        String name = type.getName().substring(type.getName().lastIndexOf('.') + 1).replace('$', '.');
        return "enum." + name + "." + constant;
    }
}
