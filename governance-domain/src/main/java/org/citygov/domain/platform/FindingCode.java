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
    CONTENT_WARRANTY_MISSING("content-warranty-missing", Severity.BLOCKING,
            "Panel: the platform should \"avoid assuming responsibility for the content of the data as much as"
                    + " possible\" and ensure that \"data providers will not provide data that violates the law\""
                    + " (third parties' rights, intellectual property, defamation)"),
    PERSONAL_DATA_WARRANTY_MISSING("personal-data-warranty-missing", Severity.BLOCKING,
            "Panel: providers \"uphold data compliance to avoid compliance complaints and privacy issues\"; APPI"),
    THIRD_PARTY_RIGHTS_UNCLEAR("third-party-rights-unclear", Severity.BLOCKING,
            "Panel: the risks of \"infringing the rights of third parties, intellectual property rights\""),
    USER_GENERATED_CONTENT("user-generated-content", Severity.WARNING,
            "Panel: the risk of defamation depending on the nature of the data"),
    SPECIAL_CARE_WITHOUT_CONSENT("special-care-without-consent", Severity.BLOCKING,
            "APPI Art. 27 (2): the opt-out provision is barred for special care-required personal information"),
    PSEUDONYMIZED_TO_THIRD_PARTY("pseudonymized-to-third-party", Severity.BLOCKING,
            "APPI Art. 41 (6): pseudonymously processed information is not provided to third parties"),
    ANONYMIZATION_NOT_PUBLISHED("anonymization-not-published", Severity.BLOCKING,
            "APPI Art. 43-44: who makes or provides anonymously processed information publishes the categories of"
                    + " information it contains and the method of provision"),
    IDENTIFIED_WITHOUT_BASIS("identified-without-basis", Severity.BLOCKING,
            "APPI Art. 27 (1)-(2): personal data goes to a third party with the person's consent or under a notified"
                    + " opt-out"),
    OPEN_LICENCE_PERSONAL_DATA("open-licence-personal-data", Severity.BLOCKING,
            "APPI Art. 27: each provision of personal data to a third party needs its ground; an open licence lets"
                    + " anyone receive and pass the data on (CityGov's reading)"),
    TERMS_NOT_ACCEPTED("terms-not-accepted", Severity.BLOCKING,
            "Panel: \"ensure data providers (sellers) know the terms of use\"; the platform's current terms"),
    STORAGE_ON_EXCHANGE_PLATFORM("storage-on-exchange-platform", Severity.WARNING,
            "Panel: \"if data is stored in the platform, they are responsible for security of the stored data\""),

    // ---- agreements -----------------------------------------------------------------------------------------------
    PURPOSE_NOT_PERMITTED("purpose-not-permitted", Severity.BLOCKING,
            "The offer's terms of use: the purposes they permit and the commercial use they may prohibit"),
    USER_SECURITY_BELOW_MINIMUM("user-security-below-minimum", Severity.BLOCKING,
            "The offer's terms of use (minimumAuthentication); panel: \"layers of security such as authentication\""),
    REIDENTIFICATION_RISK("reidentification-risk", Severity.WARNING,
            "APPI Art. 41 (7) and 45: recipients of pseudonymously or anonymously processed information do not"
                    + " re-identify the persons; the terms should say so to a user who holds identified data of the"
                    + " same kind"),

    // ---- the cooperative security framework -----------------------------------------------------------------------
    WEAK_AUTHENTICATION("weak-authentication", Severity.BLOCKING,
            "Panel: \"layers of security such as authentication, maintenance, accountability and reporting\";"
                    + " CityGov default: MFA for participants that handle personal data"),
    SLOW_PATCHING("slow-patching", Severity.BLOCKING,
            "Panel: maintenance \"as ongoing processes to protect from attacks and meet technological changes\";"
                    + " CityGov default: patches within 30 days"),
    NO_ACCESS_LOGGING("no-access-logging", Severity.BLOCKING,
            "Panel: accountability, a layer of security"),
    SLOW_INCIDENT_REPORTING("slow-incident-reporting", Severity.BLOCKING,
            "Panel: reporting, a layer of security; the platform's incidentReportHours"),
    UNTRAINED("untrained", Severity.BLOCKING,
            "Panel: participants \"trained to minimize damage in the event of such an attack\"; CityGov default:"
                    + " training within 365 days"),
    NO_RESPONSE_TEAM("no-response-team", Severity.BLOCKING,
            "Panel: \"an incident response team ready to respond\""),
    MONITORING_INSUFFICIENT("monitoring-insufficient", Severity.BLOCKING,
            "Panel: \"a security operation center that continuously monitors the system\"; SOC_24_7 when a critical"
                    + " service relies on the platform (MARKET.md)"),

    // ---- incidents ------------------------------------------------------------------------------------------------
    NOTIFICATION_LATE("notification-late", Severity.BLOCKING,
            "APPI Art. 26 and Enforcement Rules Art. 7-8 (PPC and persons); the platform's incidentReportHours"
                    + " (participants)"),
    NOTIFICATION_OVERDUE("notification-overdue", Severity.BLOCKING,
            "APPI Art. 26 and Enforcement Rules Art. 7-8 (PPC and persons); the platform's incidentReportHours"
                    + " (participants)"),
    NO_POST_INCIDENT_REVIEW("no-post-incident-review", Severity.WARNING,
            "Guideline 5.5: evaluation and revision as an agile loop"),

    // ---- an offer against the governance project its data comes from (Java API, not in MARKET.md) ----------------
    PROJECT_ASSET_MISSING("project-asset-missing", Severity.BLOCKING,
            "Guideline 5.4 (1): the project's data assets are what it may handle"),
    OFFER_INCONSISTENT_WITH_ASSET("offer-inconsistent-with-asset", Severity.BLOCKING,
            "APPI Art. 27: what goes to third parties is what the provider holds, as it holds it; guideline 5.4 (1)"),
    PROJECT_BASIS_MISMATCH("project-basis-mismatch", Severity.BLOCKING,
            "APPI Art. 27 (1)-(2): consent or a notified opt-out for provision to third parties; Art. 20 (1): data"
                    + " obtained lawfully"),

    // ---- the project's incident rules against the platform's (issue 13, not in MARKET.md) -------------------------
    INCIDENT_RULE_SLOWER_THAN_PLATFORM("incident-rule-slower-than-platform", Severity.BLOCKING,
            "Guideline 5.4 (3): incident contact points and immediate sharing among linked organizations; the"
                    + " platform's incidentReportHours (panel: \"a cooperative security framework\")"),
    INCIDENT_RULE_MISSING("incident-rule-missing", Severity.WARNING,
            "Guideline 5.4 (3): linked organizations agree on incident contact points and who is responsible");

    private final String code;
    private final Severity severity;
    private final String basis;

    FindingCode(String code, Severity severity, String basis) {
        this.code = code;
        this.severity = severity;
        this.basis = basis;
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

    public String basis() {
        return basis;
    }

    @Override
    public String toString() {
        return code;
    }
}
