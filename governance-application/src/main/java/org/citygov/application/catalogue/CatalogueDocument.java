package org.citygov.application.catalogue;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citygov.domain.catalogue.HarmStage;
import org.citygov.domain.catalogue.FocalPoint;
import org.citygov.domain.catalogue.PrivacyHarm;
import org.citygov.domain.data.DataCategory;
import org.citygov.domain.project.ServiceField;
import org.citygov.domain.project.Site;
import org.citygov.domain.stakeholder.EngagementFormat;
import org.citygov.domain.stakeholder.EngagementMethod;
import org.citygov.domain.stakeholder.Importance;
import org.citygov.domain.stakeholder.StakeholderCategory;

/**
 * A catalogue file exactly as written ({@code "format": "citygov-catalogue/1"}): one complete edition of the
 * reference tables. Bean Validation checks each field; {@link CatalogueLoader} then checks the edition as a whole
 * (references resolve, ids are unique, every code has its entry). The bundled edition,
 * {@code org/citygov/catalogue/jp-2026.11.json} (the default; earlier editions stay bundled), is the template a city
 * copies to make its own.
 */
public record CatalogueDocument(
        @NotNull @Pattern(regexp = FORMAT, message = "must be \"" + FORMAT + "\", the format this CityGov reads")
        String format,
        @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9.-]{0,63}",
                message = "must be lower-case letters, digits, dots and hyphens, e.g. jp-2023.02")
        String edition,
        @NotNull @Valid Label title,
        @NotNull List<@NotNull @Valid LawArea> lawAreas,
        @NotNull List<@NotNull @Valid Law> laws,
        @NotNull List<@NotNull @Valid SoftLawTopic> softLawTopics,
        @NotNull List<@NotNull @Valid SoftLaw> softLaws,
        @NotNull List<@NotNull @Valid FocalPointEntry> focalPoints,
        @NotNull List<@NotNull @Valid HarmEntry> privacyHarms,
        @NotNull List<@NotNull @Valid StakeholderCategoryEntry> stakeholderCategories,
        @NotNull List<@NotNull @Valid EngagementFormatEntry> engagementFormats,
        @NotNull List<@NotNull @Valid EngagementMethodEntry> engagementMethods,
        @Valid CityGovDefaultsSection cityGovDefaults) {

    public static final String FORMAT = "citygov-catalogue/1";
    static final String ID = "[a-z0-9]+(?:[-.][a-z0-9]+)*";
    static final String ID_MESSAGE = "must be kebab-case (lower-case letters and digits joined by hyphens; dots"
            + " allowed in version numbers)";

    public record Label(@NotBlank String en, @NotBlank String ja) {
    }

    public record LawArea(@NotNull @Pattern(regexp = ID, message = ID_MESSAGE) String id,
                          @NotNull @Valid Label label,
                          @NotNull List<@NotNull ServiceField> serviceFields,
                          @NotBlank String source) {
    }

    /**
     * A law applies in an {@code area}, or to every project with personal data ({@code personalData: true}). An area
     * law may be tied to places ({@code sites}, optional): it then applies only to a service that operates there.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Law(@NotNull @Pattern(regexp = ID, message = ID_MESSAGE) String id,
                      @NotNull @Valid Label label,
                      @Pattern(regexp = ID, message = ID_MESSAGE) String area,
                      Boolean personalData,
                      @Size(min = 1, message = "must name at least one site, or be left out") List<@NotNull Site> sites,
                      @NotBlank String source) {
    }

    public record SoftLawTopic(@NotNull @Pattern(regexp = ID, message = ID_MESSAGE) String id,
                               @NotNull @Valid Label label,
                               @NotEmpty List<@NotNull DataCategory> dataCategories,
                               @NotBlank String source) {
    }

    public record SoftLaw(@NotNull @Pattern(regexp = ID, message = ID_MESSAGE) String id,
                          @NotNull @Valid Label label,
                          @NotNull @Pattern(regexp = ID, message = ID_MESSAGE) String topic,
                          @NotBlank String source) {
    }

    public record FocalPointEntry(@NotNull FocalPoint code, @NotNull @Valid Label label,
                                  @NotNull @Valid Label question, @NotBlank String source) {
    }

    public record HarmEntry(@NotNull PrivacyHarm code, @NotNull HarmStage stage, @NotNull @Valid Label label,
                            @NotNull @Valid Label question, @NotBlank String source) {
    }

    public record StakeholderCategoryEntry(@NotNull StakeholderCategory code, @NotNull @Valid Label label,
                                           @NotNull @Valid Label role, @NotBlank String source) {
    }

    public record EngagementFormatEntry(@NotNull EngagementFormat code, @NotNull @Valid Label label,
                                        @NotBlank String source) {
    }

    /**
     * CityGov's own numbers, kept apart from the guideline's tables (optional: a file without the section takes the
     * bundled edition's). Each is labelled "CityGov default" where it is used.
     */
    public record CityGovDefaultsSection(
            @NotNull @Valid Label note,
            @NotNull @Size(min = 4, max = 4, message = "gives one band for each of LOW, MEDIUM, HIGH, CRITICAL")
            List<@NotNull @Valid ImportanceBand> importance,
            @NotNull @Valid AcceptanceShares acceptanceShares,
            @NotNull @Pattern(regexp = "LOW|MEDIUM|HIGH|CRITICAL", message = "must be LOW, MEDIUM, HIGH or CRITICAL")
            String mitigateFrom,
            @NotNull @Valid RuleDrafts ruleDrafts,
            @NotNull @Valid FourFactorLimits fourFactor,
            @NotNull @Valid ProjectWide projectWide,
            @NotNull @Valid Monitoring monitoring) {
    }

    /** The four-factor test's retention limits and vague wording (5.3 (1) gives neither figures nor a list). */
    public record FourFactorLimits(@NotNull @Valid Label note,
                                   @NotNull @Min(0) Integer cameraRetentionDays,
                                   @NotNull @Min(0) Integer locationRetentionDays,
                                   @NotNull @Min(0) Integer educationRetentionDays,
                                   @NotNull @NotEmpty List<@NotBlank String> vagueWording) {
    }

    /** Data hubs (5.3 (3)) and the parties that call for a council (Fig. 4-3): sizes the guideline does not give. */
    public record ProjectWide(@NotNull @Valid Label note,
                              @NotNull @Min(2) Integer hubAssets,
                              @NotNull @Min(2) Integer platformHubAssets,
                              @NotNull @Min(2) Integer partiesNeedingCouncil) {
    }

    /** When linkage monitoring raises an alert; durations in ISO 8601 ({@code PT10M}). */
    public record Monitoring(@NotNull @Valid Label note,
                             @NotNull @Pattern(regexp = DURATION, message = DURATION_MESSAGE) String burstWindow,
                             @NotNull @Min(1) Integer burstDenials,
                             @NotNull @Pattern(regexp = DURATION, message = DURATION_MESSAGE) String outsideWindow,
                             @NotNull @Min(1) Integer outsideRequests,
                             @NotNull @Pattern(regexp = DURATION, message = DURATION_MESSAGE) String volumeWindow,
                             @NotNull @Min(1) Integer baselineWindows,
                             @NotNull @Min(1) Integer minimumHistory,
                             @NotNull @DecimalMin(value = "1", inclusive = false, message = "must be more than 1") Double volumeFactor,
                             @NotNull @Min(1) Integer volumeMinimum) {
    }

    /** A positive ISO 8601 duration of days, hours, minutes or seconds. */
    static final String DURATION = "P(?:\\d+D)?(?:T(?:\\d+H)?(?:\\d+M)?(?:\\d+(?:\\.\\d+)?S)?)?";
    static final String DURATION_MESSAGE = "must be an ISO 8601 duration such as PT10M or PT1H";

    /** Products {@code lowest..highest} of impact × uncertainty make {@code level}, which is given {@code engagement}. */
    public record ImportanceBand(@NotNull Importance level, @NotNull @Min(1) @Max(25) Integer lowest,
                                 @NotNull @Min(1) @Max(25) Integer highest, @NotNull EngagementFormat engagement) {
    }

    public record AcceptanceShares(@NotNull @DecimalMin("0") @DecimalMax("1") Double veryLow,
                                   @NotNull @DecimalMin("0") @DecimalMax("1") Double low,
                                   @NotNull @DecimalMin("0") @DecimalMax("1") Double high) {
    }

    public record RuleDrafts(@NotNull @Min(0) Integer retentionDays, @NotNull @Min(1) Integer logRetentionDays,
                             @NotNull @Min(1) Integer responseDays, @NotNull @Min(1) Integer notificationHours,
                             @NotNull @Min(1) Integer auditEveryDays) {
    }

    public record EngagementMethodEntry(@NotNull EngagementMethod code, @NotNull EngagementFormat format,
                                        @NotNull @Valid Label label, @NotBlank String source) {
    }
}
