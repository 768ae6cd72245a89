package org.citygov.application.platform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citygov.domain.data.DataCategory;
import org.citygov.domain.data.DataSubject;
import org.citygov.domain.data.Identifiability;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.platform.Authentication;
import org.citygov.domain.platform.Declaration;
import org.citygov.domain.platform.Incident.Detector;
import org.citygov.domain.platform.Incident.Kind;
import org.citygov.domain.platform.Incident.NotificationKind;
import org.citygov.domain.platform.Incident.Status;
import org.citygov.domain.platform.Monitoring;
import org.citygov.domain.platform.Offer.Content.Source;
import org.citygov.domain.platform.Offer.Content.ThirdPartyRights;
import org.citygov.domain.platform.Offer.Delivery;
import org.citygov.domain.platform.Offer.Hosting;
import org.citygov.domain.platform.Offer.Price.Per;
import org.citygov.domain.platform.ParticipantRole;
import org.citygov.domain.platform.PersonalDataBasis;
import org.citygov.domain.platform.PlatformDesign;
import org.citygov.domain.platform.Prohibition;
import org.citygov.domain.platform.SecurityCertification;
import org.citygov.domain.project.ServiceField;
import org.citygov.domain.shared.Ids;
import org.citygov.domain.stakeholder.StakeholderCategory;

/**
 * A platform document exactly as written ({@code "format": "citygov-platform/1"}, MARKET.md): the edge representation
 * Bean Validation checks field by field before {@link PlatformMapper} turns it into the domain's {@code DataMarket}.
 * Component names are the document's field names; optional fields (MARKET.md marks them) are null when absent.
 * {@code sources} is an addition to MARKET.md (fields may be added): which governance project's data asset an offer's
 * data comes from (decision record 2026-11-29-incidents).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlatformDocument(
        @NotNull @Pattern(regexp = "citygov-platform/1",
                message = "must be \"citygov-platform/1\", the platform format this CityGov reads") String format,
        @NotNull @Valid Platform platform,
        @NotNull List<@NotNull @Valid Participant> participants,
        @NotNull List<@NotNull @Valid Offer> offers,
        List<@NotNull @Valid Agreement> agreements,
        List<@NotNull @Valid Incident> incidents,
        List<@NotNull @Valid ProjectSource> sources) {

    public static final String FORMAT = "citygov-platform/1";
    static final String KEBAB = "must be kebab-case: lower-case letters and digits joined by single hyphens";
    static final String RECIPIENT = "PPC|SUBJECTS|" + Ids.KEBAB_CASE_REGEX;

    public record Platform(
            @NotNull @Pattern(regexp = Ids.KEBAB_CASE_REGEX, message = KEBAB) @Size(max = Ids.MAX_ID_LENGTH) String id,
            @NotBlank String name,
            @NotNull @Pattern(regexp = Ids.KEBAB_CASE_REGEX, message = KEBAB) @Size(max = Ids.MAX_ID_LENGTH) String operator,
            @NotNull PlatformDesign design,
            @NotNull List<@NotNull ServiceField> criticalServices,
            @NotBlank String termsVersion,
            @NotNull @Min(1) Integer incidentReportHours,
            @NotNull Boolean responseTeam,
            @NotNull Monitoring monitoring) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Participant(
            @NotNull @Pattern(regexp = Ids.KEBAB_CASE_REGEX, message = KEBAB) @Size(max = Ids.MAX_ID_LENGTH) String id,
            @NotBlank String name,
            @NotNull StakeholderCategory category,
            @NotNull @Size(min = 1, message = "name at least one role") List<@NotNull ParticipantRole> roles,
            @Valid TermsAccepted termsAccepted,
            @NotNull @Valid Security security) {
    }

    public record TermsAccepted(@NotBlank String version, @NotNull LocalDate on) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Security(
            @NotNull Authentication authentication,
            @NotNull @Min(0) Integer patchWithinDays,
            @NotNull Boolean accessLogging,
            @NotNull @Min(1) Integer incidentReportHours,
            LocalDate trainedOn,
            List<@NotNull SecurityCertification> certifications) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Offer(
            @NotNull @Pattern(regexp = Ids.KEBAB_CASE_REGEX, message = KEBAB) @Size(max = Ids.MAX_ID_LENGTH) String id,
            @NotBlank String title,
            @NotNull @Pattern(regexp = Ids.KEBAB_CASE_REGEX, message = KEBAB) @Size(max = Ids.MAX_ID_LENGTH) String provider,
            @NotNull @Size(min = 1, message = "name at least one data category") List<@NotNull DataCategory> categories,
            @NotNull DataSubject subject,
            Identifiability identifiability,
            @NotNull Boolean specialCare,
            @NotNull PersonalDataBasis personalDataBasis,
            @NotNull Boolean anonymizationPublished,
            @NotNull @Valid Content content,
            @NotNull List<@NotNull Declaration> declarations,
            @NotNull Hosting hosting,
            @NotNull Delivery delivery,
            @NotNull @Valid Licence licence,
            @NotNull @Valid Terms terms) {
    }

    public record Content(@NotNull Source source, @NotNull ThirdPartyRights thirdPartyRights,
                          @NotNull Boolean userGenerated) {
    }

    public record Licence(@NotNull org.citygov.domain.platform.Offer.Licence.Kind kind, @NotBlank String id,
                          @NotNull @Valid Price price) {
    }

    public record Price(
            @NotNull @DecimalMin(value = "0", message = "cannot be negative")
            @Digits(integer = 15, fraction = 4, message = "must have at most 15 digits before the decimal point and 4"
                    + " after it") BigDecimal amount,
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code such as JPY")
            String currency,
            @NotNull Per per) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Terms(
            @NotNull @Size(min = 1, message = "permit at least one purpose") List<@NotNull PurposeKind> purposes,
            @NotNull List<@NotNull Prohibition> prohibited,
            @Min(0) Integer retentionDays,
            @NotNull Authentication minimumAuthentication) {
    }

    public record Agreement(
            @NotNull @Pattern(regexp = Ids.KEBAB_CASE_REGEX, message = KEBAB) @Size(max = Ids.MAX_ID_LENGTH) String id,
            @NotNull @Pattern(regexp = Ids.KEBAB_CASE_REGEX, message = KEBAB) @Size(max = Ids.MAX_ID_LENGTH) String offer,
            @NotNull @Pattern(regexp = Ids.KEBAB_CASE_REGEX, message = KEBAB) @Size(max = Ids.MAX_ID_LENGTH) String user,
            @NotNull PurposeKind purpose,
            @NotNull LocalDate on,
            @NotBlank String termsVersion) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Incident(
            @NotNull @Pattern(regexp = Ids.KEBAB_CASE_REGEX, message = KEBAB) @Size(max = Ids.MAX_ID_LENGTH) String id,
            @NotNull Kind kind,
            @NotNull @Pattern(regexp = Ids.KEBAB_CASE_REGEX, message = KEBAB) @Size(max = Ids.MAX_ID_LENGTH) String at,
            @NotNull OffsetDateTime detectedAt,
            @NotNull Detector detectedBy,
            @NotNull List<@NotNull @Pattern(regexp = Ids.KEBAB_CASE_REGEX, message = KEBAB) @Size(max = Ids.MAX_ID_LENGTH) String> offers,
            @Min(0) Long personsAffected,
            @NotNull Boolean malicious,
            @NotNull List<@NotNull @Valid Event> events,
            @NotNull List<@NotNull @Valid Notification> notifications) {
    }

    /** An offer's data comes from this data asset of this governance project. */
    public record ProjectSource(
            @NotNull @Pattern(regexp = Ids.KEBAB_CASE_REGEX, message = KEBAB) String offer,
            @NotNull @Pattern(regexp = Ids.KEBAB_CASE_REGEX, message = KEBAB) String project,
            @NotNull @Pattern(regexp = Ids.KEBAB_CASE_REGEX, message = KEBAB) String asset) {
    }

    public record Event(@NotNull Status status, @NotNull OffsetDateTime at) {
    }

    public record Notification(
            @NotNull @Pattern(regexp = RECIPIENT, message = "must be a participant id, PPC or SUBJECTS")
            @Size(max = Ids.MAX_ID_LENGTH) String to,
            @NotNull NotificationKind kind,
            @NotNull OffsetDateTime at) {
    }
}
