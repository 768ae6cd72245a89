package org.citygov.adapter.rest;

import static org.citygov.domain.access.Role.ADMIN;
import static org.citygov.domain.access.Role.ANALYST;
import static org.citygov.domain.access.Role.APPROVER;
import static org.citygov.domain.access.Role.AUDITOR;
import static org.citygov.domain.access.Role.CITIZEN;
import static org.citygov.domain.access.Role.OPERATOR;
import static org.citygov.domain.access.Role.PROVIDER;
import static org.citygov.domain.access.Role.USER;

import java.util.Set;

import org.citygov.domain.access.Role;

/**
 * Who may call what, as the resources declare it per operation:
 * <ul>
 * <li>without a token: health, readiness, the API document, its page and the problem types' pages;</li>
 * <li>every role but CITIZEN reads projects, their parts, cycle and assessment; a PROVIDER only the projects in which
 * a stakeholder has its token's name (others are 404 to it: {@code ViewProjects.visibleTo});</li>
 * <li>ADMIN and ANALYST register and change projects, record engagement and move the cycle;</li>
 * <li>ADMIN, ANALYST, APPROVER and AUDITOR assess a scenario sent in the body (nothing is stored);</li>
 * <li>ADMIN and ANALYST write rules and new versions of them; ADMIN and APPROVER approve, put in force and retire
 * them;</li>
 * <li>ADMIN and ANALYST add KPIs, declare changes and start triggered revisions; a PROVIDER may also record
 * measurements, of the projects it takes part in;</li>
 * <li>ADMIN and AUDITOR read a project's audit trail;</li>
 * <li>the catalogue is public;</li>
 * <li>every reader of a project reads its report and figures; ADMIN marks a project's public page published, which
 * anyone then reads without a token under {@code /public/projects} (an unpublished project is 404 there);</li>
 * <li>ADMIN issues and revokes tokens; ADMIN and AUDITOR list them;</li>
 * <li>a CITIZEN (a data subject, its token's name the subject id) reads its own linkages, gives and withdraws its
 * own consents and files and follows its own correction requests, under {@code /me}, and nothing else: no project,
 * no other subject's record;</li>
 * <li>ADMIN answers subjects' correction requests (resolves or rejects them); ADMIN and AUDITOR list them by state.
 * ANALYST does not: no route gives it subject-level personal data, and a correction request is that (who the subject
 * is and what is wrong about them);</li>
 * <li>ADMIN and AUDITOR read the linkage log's signed head and its inclusion and consistency proofs;</li>
 * <li>ADMIN and PROVIDER ask for linkage decisions; a PROVIDER only for itself as the receiving party (the use case
 * refuses another party: {@code DecideLinkage}).</li>
 * <li>ADMIN, ANALYST, APPROVER, AUDITOR and OPERATOR assess a platform document sent in the body (nothing is
 * stored).</li>
 * <li>Stored platforms (the use cases decide which platform, offer and agreement a token reaches: its name is a
 * participant id): ADMIN and OPERATOR register platforms (an OPERATOR only one it operates); ADMIN, AUDITOR and the
 * OPERATOR read a platform whole and its audit trail; those and the platform's PROVIDERs and USERs list its offers,
 * agreements and log entries as far as they concern them; ADMIN, OPERATOR and PROVIDER list and withdraw offers (a
 * PROVIDER only its own); ADMIN, OPERATOR and USER conclude agreements (a USER only its own); ADMIN, OPERATOR, PROVIDER
 * and USER ask for delivery decisions under the agreements they may see. AUDITOR changes nothing; ANALYST, APPROVER
 * and CITIZEN have no part in a platform's market.</li>
 * </ul>
 */
final class Roles {

    static final Set<Role> READERS = RestApi.roles(ADMIN, ANALYST, APPROVER, PROVIDER, AUDITOR);
    static final Set<Role> EDITORS = RestApi.roles(ADMIN, ANALYST);
    static final Set<Role> ASSESSORS = RestApi.roles(ADMIN, ANALYST, APPROVER, AUDITOR);
    static final Set<Role> TOKEN_READERS = RestApi.roles(ADMIN, AUDITOR);
    static final Set<Role> TOKEN_ADMINS = RestApi.roles(ADMIN);
    static final Set<Role> RULE_APPROVERS = RestApi.roles(ADMIN, APPROVER);
    static final Set<Role> KPI_EDITORS = RestApi.roles(ADMIN, ANALYST);
    static final Set<Role> MEASURERS = RestApi.roles(ADMIN, ANALYST, PROVIDER);
    static final Set<Role> HISTORY_READERS = RestApi.roles(ADMIN, AUDITOR);
    static final Set<Role> SUBJECTS = RestApi.roles(CITIZEN);
    static final Set<Role> LOG_AUDITORS = RestApi.roles(ADMIN, AUDITOR);
    static final Set<Role> DECISION_ASKERS = RestApi.roles(ADMIN, PROVIDER);
    static final Set<Role> CORRECTION_READERS = RestApi.roles(ADMIN, AUDITOR);
    static final Set<Role> CORRECTION_ANSWERERS = RestApi.roles(ADMIN);
    static final Set<Role> PLATFORM_ASSESSORS = RestApi.roles(ADMIN, ANALYST, APPROVER, AUDITOR, OPERATOR);
    static final Set<Role> PLATFORM_READERS = RestApi.roles(ADMIN, AUDITOR, OPERATOR, PROVIDER, USER);
    static final Set<Role> PLATFORM_REGISTRARS = RestApi.roles(ADMIN, OPERATOR);
    static final Set<Role> PLATFORM_ADMINISTRATORS = RestApi.roles(ADMIN, AUDITOR, OPERATOR);
    static final Set<Role> OFFER_MANAGERS = RestApi.roles(ADMIN, OPERATOR, PROVIDER);
    static final Set<Role> AGREEMENT_MAKERS = RestApi.roles(ADMIN, OPERATOR, USER);
    static final Set<Role> DELIVERY_ASKERS = RestApi.roles(ADMIN, OPERATOR, PROVIDER, USER);
    static final Set<Role> PUBLISHERS = RestApi.roles(ADMIN);

    private Roles() {
    }
}
