package org.citygov.domain.platform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.citygov.domain.shared.Messages;

/**
 * The duties the platform's design gives its operator and participants (MARKET.md "Liability follows the design";
 * panel: "layers of security such as authentication, maintenance, accountability and reporting as ongoing
 * processes", "a cooperative security framework between data users, data providers and the platform").
 *
 * <table>
 * <caption>Duties by design</caption>
 * <tr><th>holder</th><th>layer</th><th>design</th><th>met when</th><th>gap when unmet</th></tr>
 * <tr><td>operator</td><td>AUTHENTICATION (of participants)</td><td>every</td><td>no participant's authentication is
 *     weak</td><td>—</td></tr>
 * <tr><td>operator</td><td>ACCOUNTABILITY (a tamper-evident transfer log)</td><td>every</td><td>the operator logs
 *     access</td><td>—</td></tr>
 * <tr><td>operator</td><td>STORAGE_SECURITY</td><td>STORAGE, HYBRID</td><td>the operator signs in with MFA, patches
 *     within {@code maxPatchDays} and logs access</td><td>—</td></tr>
 * <tr><td>operator</td><td>MONITORING</td><td>STORAGE, HYBRID</td><td>SOC_24_7 when a critical service relies on the
 *     platform, else at least BUSINESS_HOURS</td><td>monitoring-insufficient</td></tr>
 * <tr><td>operator</td><td>RESPONSE</td><td>STORAGE, HYBRID</td><td>an incident response team exists</td>
 *     <td>no-response-team</td></tr>
 * <tr><td>every participant</td><td>AUTHENTICATION</td><td>every</td><td>not NONE, and MFA when it handles personal
 *     data</td><td>weak-authentication</td></tr>
 * <tr><td>every participant</td><td>MAINTENANCE</td><td>every</td><td>patches within {@code maxPatchDays} (CityGov
 *     default 30)</td><td>slow-patching</td></tr>
 * <tr><td>every participant</td><td>ACCOUNTABILITY</td><td>every</td><td>logs access</td><td>no-access-logging</td></tr>
 * <tr><td>every participant</td><td>REPORTING</td><td>every</td><td>reports incidents within the platform's
 *     {@code incidentReportHours}</td><td>slow-incident-reporting</td></tr>
 * <tr><td>every provider</td><td>CONTENT</td><td>every</td><td>each of its offers carries the content warranties, and
 *     PERSONAL_DATA_COMPLIANT when it is personal data</td><td>— (its listings are refused)</td></tr>
 * </table>
 *
 * <p>A participant handles personal data when it provides a personal-data offer, holds an agreement on one, or — the
 * operator — hosts one on the platform.
 */
public final class PlatformDuties {

    private static final String PANEL_LAYERS = Messages.text("basis.panelLayers");

    private PlatformDuties() {
    }

    /** The duties of {@code market}, in the order: the operator's, then each participant's in document order. */
    public static List<Duty> of(DataMarket market, MarketRules rules, Set<ParticipantId> handlingPersonalData) {
        Platform platform = market.platform();
        Participant operator = market.operator();
        ParticipantId op = operator.id();
        List<Duty> duties = new ArrayList<>();
        List<String> weak = market.participants().stream()
                .filter(p -> p.security().authenticationWeak(handlingPersonalData.contains(p.id())))
                .map(p -> p.id().value()).toList();
        duties.add(new Duty("platform:authentication", op, DutyLayer.AUTHENTICATION,
                weak.isEmpty() ? Messages.text("duty.operatorAuthentication")
                        : Messages.text("duty.operatorAuthenticationWeak", String.join(", ", weak)),
                weak.isEmpty(), PANEL_LAYERS + "; " + Messages.text("basis.everyDesign"), Optional.empty()));
        duties.add(new Duty("platform:accountability", op, DutyLayer.ACCOUNTABILITY,
                Messages.text("duty.operatorLog"),
                operator.security().accessLogging(), PANEL_LAYERS + "; " + Messages.text("basis.everyDesign"), Optional.empty()));
        if (platform.design().storesData()) {
            SecurityPosture s = operator.security();
            boolean storageSecure = s.authentication() == Authentication.MFA
                    && s.patchWithinDays() <= rules.maxPatchDays() && s.accessLogging();
            duties.add(new Duty("platform:storage-security", op, DutyLayer.STORAGE_SECURITY,
                    Messages.text("duty.storageSecurity", rules.maxPatchDays()), storageSecure,
                    Messages.text("basis.panelStoredData"), Optional.empty()));
            Monitoring required = requiredMonitoring(platform);
            duties.add(new Duty("platform:monitoring", op, DutyLayer.MONITORING,
                    platform.servesCriticalServices()
                            ? Messages.text("duty.monitoringCritical", required, sorted(platform.criticalServices()),
                                    platform.monitoring())
                            : Messages.text("duty.monitoring", required, platform.monitoring()),
                    platform.monitoring().covers(required),
                    Messages.text("basis.panelMonitoring"),
                    Optional.of(FindingCode.MONITORING_INSUFFICIENT)));
            duties.add(new Duty("platform:response", op, DutyLayer.RESPONSE,
                    Messages.text("duty.response"), platform.responseTeam(),
                    Messages.text("basis.noResponseTeam"),
                    Optional.of(FindingCode.NO_RESPONSE_TEAM)));
        }
        Map<ParticipantId, List<Offer>> offersByProvider = new HashMap<>();
        for (Offer offer : market.offers()) {
            offersByProvider.computeIfAbsent(offer.provider(), k -> new ArrayList<>()).add(offer);
        }
        for (Participant p : market.participants()) {
            String id = p.id().value();
            SecurityPosture s = p.security();
            boolean personal = handlingPersonalData.contains(p.id());
            duties.add(new Duty(id + ":authentication", p.id(), DutyLayer.AUTHENTICATION,
                    Messages.text(personal ? "duty.signInMfa" : "duty.signInPassword", s.authentication()),
                    !s.authenticationWeak(personal), PANEL_LAYERS, Optional.of(FindingCode.WEAK_AUTHENTICATION)));
            duties.add(new Duty(id + ":maintenance", p.id(), DutyLayer.MAINTENANCE,
                    Messages.text("duty.patches", rules.maxPatchDays(), s.patchWithinDays()),
                    s.patchWithinDays() <= rules.maxPatchDays(), PANEL_LAYERS + "; " + Messages.text("basis.defaultPatchDays"),
                    Optional.of(FindingCode.SLOW_PATCHING)));
            duties.add(new Duty(id + ":accountability", p.id(), DutyLayer.ACCOUNTABILITY,
                    Messages.text("duty.logAccess"), s.accessLogging(), PANEL_LAYERS,
                    Optional.of(FindingCode.NO_ACCESS_LOGGING)));
            duties.add(new Duty(id + ":reporting", p.id(), DutyLayer.REPORTING,
                    Messages.text("duty.reportIncidents", platform.incidentReportHours(), s.incidentReportHours()),
                    s.incidentReportHours() <= platform.incidentReportHours(),
                    PANEL_LAYERS + "; " + Messages.text("basis.platformReportHours"),
                    Optional.of(FindingCode.SLOW_INCIDENT_REPORTING)));
            List<Offer> own = offersByProvider.getOrDefault(p.id(), List.of());
            if (p.has(ParticipantRole.PROVIDER)) {
                long unwarranted = own.stream().filter(o -> !o.missingContentWarranties().isEmpty()
                        || o.isPersonalData() && !o.declares(Declaration.PERSONAL_DATA_COMPLIANT)).count();
                duties.add(new Duty(id + ":content", p.id(), DutyLayer.CONTENT,
                        unwarranted == 0 ? Messages.text("duty.content")
                                : Messages.text("duty.contentMissing", unwarranted),
                        unwarranted == 0, Messages.text("basis.panelLawfulData"),
                        Optional.empty()));
            }
        }
        return duties;
    }

    /** SOC_24_7 when a critical service relies on the platform, else BUSINESS_HOURS (for STORAGE and HYBRID). */
    public static Monitoring requiredMonitoring(Platform platform) {
        return platform.servesCriticalServices() ? Monitoring.SOC_24_7 : Monitoring.BUSINESS_HOURS;
    }

    private static <E extends Comparable<E>> List<E> sorted(Set<E> values) {
        return values.stream().sorted().toList();
    }
}
