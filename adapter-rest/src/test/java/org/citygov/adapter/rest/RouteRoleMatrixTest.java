package org.citygov.adapter.rest;

import static org.citygov.domain.access.Role.ADMIN;
import static org.citygov.domain.access.Role.ANALYST;
import static org.citygov.domain.access.Role.APPROVER;
import static org.citygov.domain.access.Role.AUDITOR;
import static org.citygov.domain.access.Role.CITIZEN;
import static org.citygov.domain.access.Role.OPERATOR;
import static org.citygov.domain.access.Role.PROVIDER;
import static org.citygov.domain.access.Role.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.citygov.domain.access.Role;

/**
 * Every route, called with every role and without a token, against the table below: written here, apart from the
 * code's own declaration, so that a route added without a decision about who may call it fails this test.
 */
class RouteRoleMatrixTest {

    private static final Set<Role> NONE = EnumSet.noneOf(Role.class);
    /**
     * Every role that works on the governance record: all but CITIZEN, who sees only its own data under /me, and the
     * data platforms' OPERATOR and USER, who take part only in a platform's market.
     */
    private static final Set<Role> ALL = EnumSet.complementOf(EnumSet.of(CITIZEN, OPERATOR, USER));
    private static final Set<Role> EDIT = EnumSet.of(ADMIN, ANALYST);

    /** Route → the roles allowed; null for a public route. */
    private static final Map<String, Set<Role>> ALLOWED = new TreeMap<>();

    static {
        for (String route : List.of("GET /health", "GET /ready", "GET /openapi.json", "GET /docs",
                "GET /problems/{problemType}")) {
            ALLOWED.put(route, null);
        }
        ALLOWED.put("GET /projects", ALL);
        ALLOWED.put("POST /projects", EDIT);
        ALLOWED.put("GET /projects/{projectId}", ALL);
        ALLOWED.put("PUT /projects/{projectId}/overview", EDIT);
        for (String part : List.of("services/{serviceId}", "stakeholders/{stakeholderId}",
                "data-assets/{dataAssetId}", "data-flows/{dataFlowId}")) {
            String collection = "/projects/{projectId}/" + part.substring(0, part.indexOf('/'));
            ALLOWED.put("GET /projects/{projectId}/" + part, ALL);
            ALLOWED.put("GET " + collection, ALL);
            ALLOWED.put("POST " + collection, EDIT);
            ALLOWED.put("PUT /projects/{projectId}/" + part, EDIT);
            ALLOWED.put("DELETE /projects/{projectId}/" + part, EDIT);
        }
        ALLOWED.put("POST /projects/{projectId}/stakeholders/{stakeholderId}/engagements", EDIT);
        ALLOWED.put("GET /projects/{projectId}/cycle", ALL);
        ALLOWED.put("GET /projects/{projectId}/cycle/transitions", ALL);
        ALLOWED.put("GET /projects/{projectId}/cycle/transitions/{sequence}", ALL);
        ALLOWED.put("POST /projects/{projectId}/cycle/transitions", EDIT);
        ALLOWED.put("GET /projects/{projectId}/assessment", ALL);
        ALLOWED.put("POST /assessments", EnumSet.of(ADMIN, ANALYST, APPROVER, AUDITOR));
        ALLOWED.put("GET /tokens", EnumSet.of(ADMIN, AUDITOR));
        ALLOWED.put("POST /tokens", EnumSet.of(ADMIN));
        ALLOWED.put("DELETE /tokens/{name}", EnumSet.of(ADMIN));
        ALLOWED.put("GET /tokens/{name}", EnumSet.of(ADMIN, AUDITOR));
        String rule = "/projects/{projectId}/rules/{ruleId}";
        ALLOWED.put("GET /projects/{projectId}/rules", ALL);
        ALLOWED.put("POST /projects/{projectId}/rules", EDIT);
        ALLOWED.put("POST " + rule + "/revisions", EDIT);
        ALLOWED.put("POST " + rule + "/approval", EnumSet.of(ADMIN, APPROVER));
        ALLOWED.put("POST " + rule + "/in-force", EnumSet.of(ADMIN, APPROVER));
        ALLOWED.put("POST " + rule + "/retirement", EnumSet.of(ADMIN, APPROVER));
        ALLOWED.put("GET " + rule + "/versions", ALL);
        ALLOWED.put("GET " + rule, ALL);
        ALLOWED.put("GET " + rule + "/versions/{version}", ALL);
        ALLOWED.put("GET " + rule + "/diff", ALL);
        ALLOWED.put("GET /projects/{projectId}/rule-suggestions", ALL);
        ALLOWED.put("GET /projects/{projectId}/rule-suggestions/proposals", ALL);
        ALLOWED.put("POST /projects/{projectId}/kpis", EDIT);
        ALLOWED.put("GET /projects/{projectId}/kpis", ALL);
        ALLOWED.put("GET /projects/{projectId}/kpis/{kpiId}", ALL);
        ALLOWED.put("GET /projects/{projectId}/events", ALL);
        ALLOWED.put("GET /projects/{projectId}/events/{sequence}", ALL);
        ALLOWED.put("POST /projects/{projectId}/kpis/{kpiId}/measurements", EnumSet.of(ADMIN, ANALYST, PROVIDER));
        ALLOWED.put("POST /projects/{projectId}/events", EDIT);
        ALLOWED.put("POST /projects/{projectId}/cycle/revisions-from-triggers", EDIT);
        ALLOWED.put("GET /projects/{projectId}/history", EnumSet.of(ADMIN, AUDITOR));
        ALLOWED.put("GET /catalogue", null);
        ALLOWED.put("GET /projects/{projectId}/report", ALL);
        ALLOWED.put("GET /projects/{projectId}/figures/{figure}", ALL);
        // publishing is the operator's decision; what is published is then public (an unpublished project is 404)
        ALLOWED.put("POST /projects/{projectId}/publication", EnumSet.of(ADMIN));
        ALLOWED.put("GET /public/projects/{projectId}", null);
        for (String me : List.of("GET /me/linkages", "GET /me/consents", "POST /me/consents",
                "GET /me/consents/{consentId}", "DELETE /me/consents/{consentId}", "GET /me/corrections",
                "GET /me/corrections/{correctionId}", "POST /me/corrections")) {
            ALLOWED.put(me, EnumSet.of(CITIZEN));
        }
        ALLOWED.put("GET /linkage-log/head", EnumSet.of(ADMIN, AUDITOR));
        ALLOWED.put("GET /linkage-log/entries/{seq}/proof", EnumSet.of(ADMIN, AUDITOR));
        ALLOWED.put("GET /linkage-log/consistency", EnumSet.of(ADMIN, AUDITOR));
        ALLOWED.put("POST /linkage-decisions", EnumSet.of(ADMIN, PROVIDER));
        // subjects' correction requests are personal data: the operator (ADMIN) answers them, an AUDITOR may see
        // that they are answered; an ANALYST, who sees no subject's data anywhere else, does not
        ALLOWED.put("GET /corrections", EnumSet.of(ADMIN, AUDITOR));
        ALLOWED.put("POST /corrections/{correctionId}/answer", EnumSet.of(ADMIN));
        ALLOWED.put("POST /platform-assessments", EnumSet.of(ADMIN, ANALYST, APPROVER, AUDITOR, OPERATOR));
        // stored platforms: which platform, offer and agreement a token reaches is the use cases' (its name is a
        // participant id); here, which roles may call at all
        Set<Role> platformReaders = EnumSet.of(ADMIN, AUDITOR, OPERATOR, PROVIDER, USER);
        ALLOWED.put("GET /platforms", platformReaders);
        ALLOWED.put("POST /platforms", EnumSet.of(ADMIN, OPERATOR));
        ALLOWED.put("GET /platforms/{platformId}", EnumSet.of(ADMIN, AUDITOR, OPERATOR));
        ALLOWED.put("GET /platforms/{platformId}/history", EnumSet.of(ADMIN, AUDITOR, OPERATOR));
        ALLOWED.put("GET /platforms/{platformId}/report", EnumSet.of(ADMIN, AUDITOR, OPERATOR));
        ALLOWED.put("GET /platforms/{platformId}/offers", platformReaders);
        ALLOWED.put("POST /platforms/{platformId}/offers", EnumSet.of(ADMIN, OPERATOR, PROVIDER));
        ALLOWED.put("POST /platforms/{platformId}/offers/{offerId}/withdrawal", EnumSet.of(ADMIN, OPERATOR, PROVIDER));
        ALLOWED.put("GET /platforms/{platformId}/agreements", platformReaders);
        ALLOWED.put("POST /platforms/{platformId}/agreements", EnumSet.of(ADMIN, OPERATOR, USER));
        ALLOWED.put("POST /platforms/{platformId}/agreements/{agreementId}/deliveries",
                EnumSet.of(ADMIN, OPERATOR, PROVIDER, USER));
        ALLOWED.put("GET /platforms/{platformId}/log-entries", platformReaders);
        ALLOWED.put("GET /platforms/{platformId}/log-entries/{seq}/proof", platformReaders);
        // incidents (issue 13): a participant reads only those that affect it (the use case's: others are 404)
        Set<Role> incidentRecorders = EnumSet.of(ADMIN, OPERATOR);
        String incident = "/platforms/{platformId}/incidents/{incidentId}";
        ALLOWED.put("GET /platforms/{platformId}/incidents", platformReaders);
        ALLOWED.put("POST /platforms/{platformId}/incidents", incidentRecorders);
        ALLOWED.put("GET " + incident, platformReaders);
        ALLOWED.put("POST " + incident + "/events", incidentRecorders);
        ALLOWED.put("POST " + incident + "/notifications", incidentRecorders);
        ALLOWED.put("POST " + incident + "/feedback", incidentRecorders);
        ALLOWED.put("GET /platforms/{platformId}/due-notifications", platformReaders);
        ALLOWED.put("POST /platforms/{platformId}/alert-incidents", incidentRecorders);
        // monitoring alerts: ADMIN and AUDITOR all, an OPERATOR those about its platforms' participants
        ALLOWED.put("GET /alerts", EnumSet.of(ADMIN, AUDITOR, OPERATOR));
        ALLOWED.put("GET /alerts/{alertId}", EnumSet.of(ADMIN, AUDITOR, OPERATOR));
        assertTrue(ALLOWED.values().stream().noneMatch(NONE::equals), "a route nobody may call is dead code");
    }

    private final ApiFixture api = new ApiFixture();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void registeredRoutes_whenCompared_shouldBeExactlyTheRoutesOfTheTable() {
        assertEquals(new ArrayList<>(ALLOWED.keySet()), api.api.registeredRoutes().stream()
                .filter(r -> !r.startsWith("OPTIONS ")).toList());
    }

    @Test
    void everyRoute_whenCalledByEveryRole_shouldAllowExactlyTheRolesOfTheTable() {
        api.register("kashiwanoha-frailty");
        assertEquals(201, api.send("POST", "/platforms", ADMIN, PlatformAssessmentApiTest.sapporo(), null)
                .statusCode());
        List<String> wrong = new ArrayList<>();
        for (String route : api.api.registeredRoutes()) {
            if (route.startsWith("OPTIONS ")) {
                continue;
            }
            Set<Role> allowed = ALLOWED.get(route);
            String method = route.substring(0, route.indexOf(' '));
            String path = concrete(route.substring(route.indexOf(' ') + 1));
            int anonymous = call(method, path, null);
            if (allowed == null ? anonymous == 401 || anonymous == 403 : anonymous != 401) {
                wrong.add(route + " without a token answered " + anonymous);
            }
            for (Role role : Role.values()) {
                int status = call(method, path, role);
                boolean refused = status == 401 || status == 403;
                boolean shouldRefuse = allowed != null && !allowed.contains(role);
                if (shouldRefuse ? status != 403 : refused) {
                    wrong.add(route + " as " + role + " answered " + status);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private int call(String method, String path, Role role) {
        HttpResponse<String> r = api.send(method, path, role, method.equals("GET") || method.equals("DELETE") ? null
                : "{}", "\"kashiwanoha-frailty-v1\"");
        return r.statusCode();
    }

    /** The route with its parameters filled with things that exist (the provider takes part in the project). */
    private static String concrete(String route) {
        return route.replace("{projectId}", "kashiwanoha-frailty").replace("{serviceId}", "care-planning")
                .replace("{stakeholderId}", "care-providers").replace("{dataAssetId}", "risk-scores")
                .replace("{dataFlowId}", "invite-residents").replace("{name}", "no-such-token")
                .replace("{ruleId}", "city-consent").replace("{kpiId}", "programme-uptake")
                .replace("{seq}", "0").replace("{consentId}", "consent-1")
                .replace("{correctionId}", "correction-1").replace("{sequence}", "1")
                .replace("{version}", "1").replace("{problemType}", "conflict")
                .replace("{platformId}", "sapporo-area-data-market").replace("{offerId}", "bus-ridership-2024")
                .replace("{agreementId}", "lab-bus-ridership").replace("{figure}", "risk-heat-map.svg")
                .replace("{incidentId}", "no-such-incident").replace("{alertId}", "no-such-alert");
    }
}
