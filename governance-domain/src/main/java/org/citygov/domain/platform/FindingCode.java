package org.citygov.domain.platform;

/**
 * The stable finding codes of MARKET.md, each with its severity and the text it rests on. Quotations marked "panel"
 * are from the panel on Sapporo's Area Data Transaction Market (seeds/004); APPI articles are those of the Act on the
 * Protection of Personal Information as amended in 2020/2022; "CityGov default" marks CityGov's own thresholds.
 *
 * <p>The last five codes are not in MARKET.md: they judge an offer against the governance project its data comes
 * from ({@link ProjectProvenance}, {@link IncidentRuleCheck}), which only the assessment's optional {@code projects}
 * part reports (decision records 2026-11-29-platform-model and 2026-11-29-incidents).
 */
public enum FindingCode {

    // ---- listings -------------------------------------------------------------------------------------------------
    CONTENT_WARRANTY_MISSING("content-warranty-missing", Severity.BLOCKING, "basis.contentWarrantyMissing"),
    PERSONAL_DATA_WARRANTY_MISSING("personal-data-warranty-missing", Severity.BLOCKING, "basis.personalDataWarrantyMissing"),
    THIRD_PARTY_RIGHTS_UNCLEAR("third-party-rights-unclear", Severity.BLOCKING, "basis.thirdPartyRightsUnclear"),
    USER_GENERATED_CONTENT("user-generated-content", Severity.WARNING, "basis.userGeneratedContent"),
    SPECIAL_CARE_WITHOUT_CONSENT("special-care-without-consent", Severity.BLOCKING, "basis.specialCareWithoutConsent"),
    PSEUDONYMIZED_TO_THIRD_PARTY("pseudonymized-to-third-party", Severity.BLOCKING, "basis.pseudonymizedToThirdParty"),
    ANONYMIZATION_NOT_PUBLISHED("anonymization-not-published", Severity.BLOCKING, "basis.anonymizationNotPublished"),
    IDENTIFIED_WITHOUT_BASIS("identified-without-basis", Severity.BLOCKING, "basis.identifiedWithoutBasis"),
    OPEN_LICENCE_PERSONAL_DATA("open-licence-personal-data", Severity.BLOCKING, "basis.openLicencePersonalData"),
    TERMS_NOT_ACCEPTED("terms-not-accepted", Severity.BLOCKING, "basis.termsNotAccepted"),
    STORAGE_ON_EXCHANGE_PLATFORM("storage-on-exchange-platform", Severity.WARNING, "basis.storageOnExchangePlatform"),

    // ---- agreements -----------------------------------------------------------------------------------------------
    PURPOSE_NOT_PERMITTED("purpose-not-permitted", Severity.BLOCKING, "basis.purposeNotPermitted"),
    USER_SECURITY_BELOW_MINIMUM("user-security-below-minimum", Severity.BLOCKING, "basis.userSecurityBelowMinimum"),
    REIDENTIFICATION_RISK("reidentification-risk", Severity.WARNING, "basis.reidentificationRisk"),

    // ---- the cooperative security framework -----------------------------------------------------------------------
    WEAK_AUTHENTICATION("weak-authentication", Severity.BLOCKING, "basis.weakAuthentication"),
    SLOW_PATCHING("slow-patching", Severity.BLOCKING, "basis.slowPatching"),
    NO_ACCESS_LOGGING("no-access-logging", Severity.BLOCKING, "basis.noAccessLogging"),
    SLOW_INCIDENT_REPORTING("slow-incident-reporting", Severity.BLOCKING, "basis.slowIncidentReporting"),
    UNTRAINED("untrained", Severity.BLOCKING, "basis.untrained"),
    NO_RESPONSE_TEAM("no-response-team", Severity.BLOCKING, "basis.noResponseTeam"),
    MONITORING_INSUFFICIENT("monitoring-insufficient", Severity.BLOCKING, "basis.monitoringInsufficient"),

    // ---- incidents ------------------------------------------------------------------------------------------------
    NOTIFICATION_LATE("notification-late", Severity.BLOCKING, "basis.notificationLate"),
    NOTIFICATION_OVERDUE("notification-overdue", Severity.BLOCKING, "basis.notificationOverdue"),
    NO_POST_INCIDENT_REVIEW("no-post-incident-review", Severity.WARNING, "basis.noPostIncidentReview"),

    // ---- an offer against the governance project its data comes from (Java API, not in MARKET.md) ----------------
    PROJECT_ASSET_MISSING("project-asset-missing", Severity.BLOCKING, "basis.projectAssetMissing"),
    OFFER_INCONSISTENT_WITH_ASSET("offer-inconsistent-with-asset", Severity.BLOCKING, "basis.offerInconsistentWithAsset"),
    PROJECT_BASIS_MISMATCH("project-basis-mismatch", Severity.BLOCKING, "basis.projectBasisMismatch"),

    // ---- the project's incident rules against the platform's (issue 13, not in MARKET.md) -------------------------
    INCIDENT_RULE_SLOWER_THAN_PLATFORM("incident-rule-slower-than-platform", Severity.BLOCKING, "basis.incidentRuleSlowerThanPlatform"),
    INCIDENT_RULE_MISSING("incident-rule-missing", Severity.WARNING, "basis.incidentRuleMissing");

    private final String code;
    private final Severity severity;
    /** The message key of the text the finding rests on ({@code basis.*} in the domain's messages). */
    private final String basisKey;

    FindingCode(String code, Severity severity, String basisKey) {
        this.code = code;
        this.severity = severity;
        this.basisKey = basisKey;
    }

    /** The code as MARKET.md writes it, e.g. {@code content-warranty-missing}. */
    public String code() {
        return code;
    }

    public Severity severity() {
        return severity;
    }

    /** The finding code MARKET.md writes as {@code code}; IllegalArgumentException for an unknown one. */
    public static FindingCode of(String code) {
        for (FindingCode c : values()) {
            if (c.code.equals(code)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no finding code \"" + code + "\"");
    }

    /** The text the finding rests on, in English (the JSON's); its Japanese is the same message's. */
    public String basis() {
        return org.citygov.domain.shared.Messages.text(basisKey);
    }

    @Override
    public String toString() {
        return code;
    }
}
