package org.citygov.application.scenario;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citygov.domain.data.Beneficiary;
import org.citygov.domain.data.CollectionMethod;
import org.citygov.domain.data.DataCategory;
import org.citygov.domain.data.DataSubject;
import org.citygov.domain.data.Identifiability;
import org.citygov.domain.data.LegalBasis;
import org.citygov.domain.data.LifecycleStage;
import org.citygov.domain.data.NoticeChannel;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.data.Safeguard;
import org.citygov.domain.data.SubjectGroup;
import org.citygov.domain.evaluation.KpiKind;
import org.citygov.domain.evaluation.ProjectEvent;
import org.citygov.domain.evaluation.Threshold.Direction;
import org.citygov.domain.project.Benefit;
import org.citygov.domain.project.PromotionStage;
import org.citygov.domain.project.RegionProfile;
import org.citygov.domain.project.ServiceField;
import org.citygov.domain.project.Site;
import org.citygov.domain.rule.AccuracyCheck;
import org.citygov.domain.rule.ConsentScope;
import org.citygov.domain.rule.IncentiveType;
import org.citygov.domain.rule.IndividualRight;
import org.citygov.domain.rule.MinimizationMeasure;
import org.citygov.domain.rule.RuleKind;
import org.citygov.domain.rule.RuleLevel;
import org.citygov.domain.rule.RuleStatus;
import org.citygov.domain.rule.SecurityControlType;
import org.citygov.domain.rule.TransparencyItem;
import org.citygov.domain.shared.Ids;
import org.citygov.domain.stakeholder.Certification;
import org.citygov.domain.stakeholder.EngagementMethod;
import org.citygov.domain.stakeholder.Involvement;
import org.citygov.domain.stakeholder.StakeholderCategory;

/**
 * A scenario file exactly as written ({@code "format": "citygov/1"}, SCENARIO.md): the edge representation that
 * Bean Validation checks field by field before {@link ScenarioMapper} turns it into the domain's parts. Rules, KPIs,
 * declared events and the catalogue edition the rules were designed under are optional. Component
 * names are the file's field names; optional fields are null when absent, required ones are marked {@code @NotNull}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScenarioDocument(
        @NotNull @Pattern(regexp = "citygov/1", message = "must be \"citygov/1\", the format this CityGov reads")
        String format,
        @NotNull @Valid Project project,
        @NotNull List<@NotNull @Valid Service> services,
        @NotNull List<@NotNull @Valid Stakeholder> stakeholders,
        @NotNull List<@NotNull @Valid DataAsset> dataAssets,
        @NotNull List<@NotNull @Valid DataFlow> dataFlows,
        List<@NotNull @Valid Rule> rules,
        List<@NotNull @Valid Kpi> kpis,
        List<@NotNull @Valid Event> events,
        @Size(min = 1, max = 64) String catalogVersion) {

    public static final String FORMAT = "citygov/1";
    /** The longest project name the store keeps (the {@code project.name} column). */
    public static final int MAX_PROJECT_NAME_LENGTH = 2000;

    /** The term fields a kind of rule takes (all required for it, and no other), in the order files write them. */
    public static List<String> ruleTerms(RuleKind kind) {
        return RuleTermsMapper.TAKES.get(kind);
    }

    static final String KEBAB = "must be kebab-case: lower-case letters and digits joined by single hyphens";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Project(
            @NotNull @Pattern(regexp = Ids.KEBAB_CASE_REGEX, message = KEBAB) @Size(max = Ids.MAX_ID_LENGTH) String id,
            @NotBlank @Size(max = MAX_PROJECT_NAME_LENGTH) String name,
            @NotBlank String objective,
            @NotNull PromotionStage stage,
            @NotNull @Valid Region region) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Region(
            @NotBlank String name,
            @NotNull List<@NotNull RegionProfile> profile,
            List<@NotNull @Valid Acceptance> acceptance) {
    }

    public record Acceptance(
            @NotNull DataCategory dataCategory,
            @NotNull @DecimalMin("0.0") @DecimalMax("1.0") Double share,
            @NotBlank String source) {
    }

    /** {@code sites} (optional, 2026-11-29): where the service installs equipment or operates. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Service(
            @NotNull @Pattern(regexp = Ids.KEBAB_CASE_REGEX, message = KEBAB) @Size(max = Ids.MAX_ID_LENGTH) String id,
            @NotBlank String name,
            @NotNull ServiceField field,
            @NotNull Benefit benefit,
            List<@NotNull Site> sites) {

        public Service(String id, String name, ServiceField field, Benefit benefit) {
            this(id, name, field, benefit, null);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Stakeholder(
            @NotNull @Pattern(regexp = Ids.KEBAB_CASE_REGEX, message = KEBAB) @Size(max = Ids.MAX_ID_LENGTH) String id,
            @NotBlank String name,
            @NotNull StakeholderCategory category,
            @NotNull Involvement involvement,
            @NotNull @Min(1) @Max(5) Integer impact,
            @NotNull @Min(1) @Max(5) Integer uncertainty,
            List<@NotNull Certification> certifications,
            List<@NotNull @Valid Engagement> engagements) {
    }

    /** CityGov's addition to the format: an engagement activity held with the stakeholder (Table 5-1). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Engagement(
            @NotNull EngagementMethod method,
            @NotNull LocalDate heldOn,
            String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DataAsset(
            @NotNull @Pattern(regexp = Ids.KEBAB_CASE_REGEX, message = KEBAB) @Size(max = Ids.MAX_ID_LENGTH) String id,
            @NotBlank String name,
            @NotNull @Size(min = 1, message = "must name at least one data category") List<@NotNull DataCategory>
                    categories,
            @NotNull DataSubject subject,
            Identifiability identifiability,
            @NotNull Boolean specialCare,
            List<@NotNull SubjectGroup> subjectGroups,
            @NotNull @Min(0) Integer retentionDays,
            @NotNull List<@NotNull Safeguard> safeguards) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DataFlow(
            @NotNull @Pattern(regexp = Ids.KEBAB_CASE_REGEX, message = KEBAB) @Size(max = Ids.MAX_ID_LENGTH) String id,
            @NotNull @Pattern(regexp = Ids.KEBAB_CASE_REGEX, message = KEBAB) @Size(max = Ids.MAX_ID_LENGTH)
            String asset,
            @NotNull LifecycleStage stage,
            @NotNull @Pattern(regexp = Ids.KEBAB_CASE_REGEX, message = KEBAB) @Size(max = Ids.MAX_ID_LENGTH)
            String from,
            @NotNull @Pattern(regexp = Ids.KEBAB_CASE_REGEX, message = KEBAB) @Size(max = Ids.MAX_ID_LENGTH)
            String to,
            @NotNull CollectionMethod method,
            @NotNull @Valid Purpose purpose,
            @NotNull LegalBasis legalBasis,
            @NotNull List<@NotNull NoticeChannel> notice,
            @NotNull Boolean continuous,
            @NotNull Boolean covert,
            @NotNull Boolean linksOtherFields,
            String lessIntrusiveAlternative) {
    }

    /**
     * One version of a rule (5.4). The fields after {@code approvedOn} are the terms; each kind takes its own
     * ({@link ScenarioMapper} says which) and a term given to a kind that does not take it is an error.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Rule(
            @NotNull @Pattern(regexp = Ids.KEBAB_CASE_REGEX, message = KEBAB) @Size(max = Ids.MAX_ID_LENGTH) String id,
            @NotNull @Min(1) Integer version,
            @NotNull RuleLevel level,
            @NotNull RuleKind kind,
            @NotBlank String text,
            @NotNull List<@NotNull @Pattern(regexp = Ids.KEBAB_CASE_REGEX, message = KEBAB)
                    @Size(max = Ids.MAX_ID_LENGTH) String> appliesTo,
            @NotNull List<@NotBlank String> mitigates,
            @NotNull RuleStatus status,
            String approvedBy,
            LocalDate approvedOn,
            List<@NotNull NoticeChannel> channels,
            List<@NotNull ConsentScope> consentScope,
            List<@NotBlank String> rolesAllowed,
            List<@NotNull TransparencyItem> publishes,
            List<@NotNull IndividualRight> rights,
            @Min(1) Integer responseDays,
            List<@NotNull MinimizationMeasure> measures,
            @Min(0) Integer retentionDays,
            List<@NotNull SecurityControlType> controls,
            @Min(1) Integer auditEveryDays,
            @Min(1) Integer logRetentionDays,
            List<@NotNull AccuracyCheck> checks,
            List<@NotBlank String> contactPoints,
            @Min(1) Integer notificationHours,
            String reviewer,
            Boolean publishResults,
            IncentiveType incentive) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Kpi(
            @NotNull @Pattern(regexp = Ids.KEBAB_CASE_REGEX, message = KEBAB) @Size(max = Ids.MAX_ID_LENGTH) String id,
            @NotBlank String name,
            @NotNull KpiKind kind,
            @NotNull @Valid Threshold threshold,
            @NotNull List<@NotNull @Valid Measurement> measurements) {
    }

    public record Threshold(@NotNull Direction direction, @NotNull Double value) {
    }

    public record Measurement(@NotNull LocalDate on, @NotNull Double value) {
    }

    /** A declared technology change or change in citizens' awareness (5.5). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Event(
            @NotNull ProjectEvent.Kind kind,
            @NotNull LocalDate on,
            String note,
            @Min(1) Integer handledInRevision) {
    }

    public record Purpose(
            @NotBlank String text,
            @NotNull PurposeKind kind,
            @NotNull Beneficiary beneficiary) {
    }
}
