package org.citygov.domain.access;

/**
 * The parts people play towards a city's governance record (2.3, 5.4 (3), (4)). What each part may do is decided
 * where requests arrive (the HTTP API); the parts themselves are the domain's words.
 */
public enum Role {
    /** The promotion organization's secretariat: runs the process, manages who has access. */
    ADMIN,
    /** Analyses projects for the promotion organization: edits them, moves their cycle, runs assessments. */
    ANALYST,
    /** The expert committee: inspects projects, approves and retires rules. */
    APPROVER,
    /**
     * A service provider: reads the projects it takes part in, submits KPI measurements (token name = its stakeholder
     * id); on a data platform, a data provider managing its own offers (token name = its participant id).
     */
    PROVIDER,
    /** Audits the record: reads everything, history included, and changes nothing. */
    AUDITOR,
    /**
     * A data subject, a resident or visitor (5.4 (2)): sees how their own data was handed along, gives and withdraws
     * consent, asks for corrections; nothing else. The token's name is the subject id.
     */
    CITIZEN,
    /**
     * Runs a data platform (MARKET.md, the panel's "platform operator"): registers the platforms it operates and
     * administers their market — offers, agreements, the audit trail — and nothing of the governance record. The
     * token's name is the operator's participant id.
     */
    OPERATOR,
    /**
     * Uses data on a platform (MARKET.md participant role USER): sees the listed offers, concludes its own agreements
     * and asks for deliveries under them. The token's name is its participant id. (A platform's data providers are
     * PROVIDER tokens, named by their participant id.)
     */
    USER;

    /**
     * Whether this part approves rules, puts them in force and retires them, and so may also register a project whose
     * rules arrive already approved: the expert committee (APPROVER) and the secretariat (ADMIN), never the analysts
     * who write the rules.
     */
    public boolean approvesRules() {
        return this == ADMIN || this == APPROVER;
    }
}
