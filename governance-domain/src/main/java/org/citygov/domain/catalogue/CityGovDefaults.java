package org.citygov.domain.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.citygov.domain.stakeholder.ImportanceBands;

/**
 * CityGov's own numbers, kept in the catalogue edition (section {@code cityGovDefaults}) and labelled "CityGov default"
 * wherever a reason or a document uses them, because the guideline does not give them:
 * <table>
 *   <caption>CityGov defaults of the bundled edition</caption>
 *   <tr><th>what</th><th>bundled value</th><th>what the guideline says</th></tr>
 *   <tr><td>importance bands of impact × uncertainty</td><td>1-4 LOW, 5-9 MEDIUM, 10-15 HIGH, 16-25 CRITICAL</td>
 *       <td>Fig. 4-4: select important stakeholders by impact and uncertainty (no numbers)</td></tr>
 *   <tr><td>engagement format per importance level</td><td>LOW information distribution, MEDIUM information
 *       gathering, HIGH two-way, CRITICAL involvement</td><td>Table 5-1 lists the formats; 5.1: "for particularly
 *       important stakeholders, potential methods of involvement/cooperation should be examined"</td></tr>
 *   <tr><td>regional acceptance shares</td><td>below 25 % likelihood +2, below 50 % +1, from 80 % −1</td>
 *       <td>3.4: acceptance differs by region (no numbers)</td></tr>
 *   <tr><td>the lowest risk level rule design must mitigate</td><td>HIGH (so HIGH and CRITICAL)</td>
 *       <td>5.4: rules are designed "from the perspective of risk mitigation" (no level)</td></tr>
 *   <tr><td>terms of drafted rules</td><td>keep 30 days, linkage log 1,825 days, answer requests in 14 days,
 *       notify incidents in 72 hours, audit every 365 days</td><td>5.4 (2), (3) name the kinds of rule, not
 *       the figures</td></tr>
 * </table>
 * An edition file without the section takes the bundled edition's values (an earlier edition stays loadable).
 */
public record CityGovDefaults(
        ImportanceBands importance,
        AcceptanceShares acceptance,
        String mitigateFrom,
        RuleDrafts ruleDrafts) {

    /** The label every reason and document uses for these numbers. */
    public static final String LABEL = "CityGov default";

    /** The risk levels, lowest first, as the assessment names them (the names of {@code risk.RiskLevel}). */
    public static final List<String> RISK_LEVELS = List.of("LOW", "MEDIUM", "HIGH", "CRITICAL");

    /**
     * How regional acceptance moves likelihood (3.4): a surveyed share below {@code veryLow} raises it by 2, below
     * {@code low} by 1, at or above {@code high} lowers it by 1.
     */
    public record AcceptanceShares(double veryLow, double low, double high) {
        public AcceptanceShares {
            if (!(0 <= veryLow && veryLow <= low && low <= high && high <= 1)) {
                throw new IllegalArgumentException("acceptance shares run 0 <= veryLow <= low <= high <= 1, got "
                        + veryLow + ", " + low + ", " + high);
            }
        }
    }

    /** The terms CityGov starts a drafted rule from when the city framework has no rule of that kind. */
    public record RuleDrafts(int retentionDays, int logRetentionDays, int responseDays, int notificationHours,
                             int auditEveryDays) {
        public RuleDrafts {
            if (retentionDays < 0 || logRetentionDays < 1 || responseDays < 1 || notificationHours < 1
                    || auditEveryDays < 1) {
                throw new IllegalArgumentException("draft terms are positive (retention 0 or more), got "
                        + List.of(retentionDays, logRetentionDays, responseDays, notificationHours, auditEveryDays));
            }
        }
    }

    public CityGovDefaults {
        Objects.requireNonNull(importance, "importance");
        Objects.requireNonNull(acceptance, "acceptance");
        Objects.requireNonNull(ruleDrafts, "ruleDrafts");
        if (!RISK_LEVELS.contains(mitigateFrom)) {
            throw new IllegalArgumentException("mitigateFrom is one of " + RISK_LEVELS + ", got " + mitigateFrom);
        }
    }

    /** The risk levels that rule design must mitigate, lowest first (HIGH and CRITICAL by the bundled default). */
    public List<String> levelsToMitigate() {
        return List.copyOf(new ArrayList<>(RISK_LEVELS.subList(RISK_LEVELS.indexOf(mitigateFrom),
                RISK_LEVELS.size())));
    }

    /** "HIGH or CRITICAL", for reasons. */
    public String levelsToMitigateText() {
        return String.join(" or ", levelsToMitigate());
    }
}
