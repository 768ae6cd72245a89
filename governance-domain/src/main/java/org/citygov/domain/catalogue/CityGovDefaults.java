package org.citygov.domain.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 *   <tr><td>four-factor test: retention past the needed period</td><td>camera images 30 days, location 90 days
 *       (unless deleted immediately); observation of children 365 days is long-term storage</td><td>5.3 (1) 1) 2)
 *       3): "storage past the needed period", "long-term storage" (no figures)</td></tr>
 *   <tr><td>four-factor test: open-ended wording that makes a camera's purpose vague</td><td>"various purposes",
 *       "as needed", "etc.", 各種, その他 … (the bundled list)</td><td>5.3 (1) 1) gives one example, "for purposes
 *       needed by regional store business"</td></tr>
 *   <tr><td>data hub: different assets one party receives</td><td>3 (a platform operator: 2)</td><td>5.3 (3):
 *       hubs accumulate data (no size)</td></tr>
 *   <tr><td>parties linking data that call for a council</td><td>4</td><td>Fig. 4-3 names councils (no
 *       number)</td></tr>
 *   <tr><td>linkage monitoring thresholds ({@link MonitoringThresholds})</td><td>denial burst 10 in 10 minutes,
 *       …</td><td>the panel asks for continuous monitoring, no thresholds; {@code serve --monitoring}
 *       overrides</td></tr>
 * </table>
 * An edition file without the section takes the bundled edition's values (an earlier edition stays loadable).
 */
public record CityGovDefaults(
        ImportanceBands importance,
        AcceptanceShares acceptance,
        String mitigateFrom,
        RuleDrafts ruleDrafts,
        FourFactorLimits fourFactor,
        ProjectWide projectWide,
        MonitoringThresholds monitoring) {

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

    /**
     * The four-factor test's own numbers (5.3 (1)): camera images and location data kept longer than
     * {@code cameraRetentionDays} / {@code locationRetentionDays} without immediate deletion are kept past the needed
     * period; observation of children kept longer than {@code educationRetentionDays} is long-term storage; a camera
     * purpose with one of {@code vagueWording} is unclear.
     */
    public record FourFactorLimits(int cameraRetentionDays, int locationRetentionDays, int educationRetentionDays,
                                   VagueWording vagueWording) {
        public FourFactorLimits {
            if (cameraRetentionDays < 0 || locationRetentionDays < 0 || educationRetentionDays < 0) {
                throw new IllegalArgumentException("retention limits are 0 days or more, got "
                        + List.of(cameraRetentionDays, locationRetentionDays, educationRetentionDays));
            }
            Objects.requireNonNull(vagueWording, "vagueWording");
        }
    }

    /**
     * Open-ended wording that leaves a purpose unclear: Latin wording matches as whole words, case ignored; wording
     * in other scripts (Japanese, written without spaces) anywhere in the text.
     */
    public static final class VagueWording {
        private final List<String> words;
        private final Pattern pattern;

        private VagueWording(List<String> words) {
            this.words = List.copyOf(words);
            this.pattern = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(" + alternatives(true)
                    + ")(?![\\p{L}\\p{N}])|(" + alternatives(false) + ")");
        }

        /** The list: at least one entry, each non-blank. */
        public static VagueWording of(List<String> words) {
            Objects.requireNonNull(words, "words");
            if (words.isEmpty() || words.stream().anyMatch(w -> w == null || w.isBlank())) {
                throw new IllegalArgumentException("vague wording is a list of non-blank words, got " + words);
            }
            return new VagueWording(words);
        }

        public List<String> words() {
            return words;
        }

        /** The first listed wording in {@code text}, if any. */
        public Optional<String> firstIn(String text) {
            Matcher matcher = pattern.matcher(text);
            if (!matcher.find()) {
                return Optional.empty();
            }
            return Optional.of(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
        }

        private static boolean latin(String word) {
            return word.chars().allMatch(c -> c < 128);
        }

        private String alternatives(boolean latin) {
            List<String> quoted = words.stream().filter(w -> latin(w) == latin).map(Pattern::quote).toList();
            return quoted.isEmpty() ? "(?!)" : String.join("|", quoted);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof VagueWording v && v.words.equals(words);
        }

        @Override
        public int hashCode() {
            return words.hashCode();
        }

        @Override
        public String toString() {
            return words.toString();
        }
    }

    /**
     * Project-wide findings of the risk analysis: a party receiving {@code hubAssets} different assets
     * ({@code platformHubAssets} for a platform operator) is a data hub (5.3 (3)); {@code partiesNeedingCouncil}
     * parties linking data call for a council (Fig. 4-3).
     */
    public record ProjectWide(int hubAssets, int platformHubAssets, int partiesNeedingCouncil) {
        public ProjectWide {
            if (hubAssets < 2 || platformHubAssets < 2 || partiesNeedingCouncil < 2) {
                throw new IllegalArgumentException("a hub receives 2 or more assets and a council is for 2 or more"
                        + " parties, got " + List.of(hubAssets, platformHubAssets, partiesNeedingCouncil));
            }
        }
    }

    public CityGovDefaults {
        Objects.requireNonNull(fourFactor, "fourFactor");
        Objects.requireNonNull(projectWide, "projectWide");
        Objects.requireNonNull(monitoring, "monitoring");
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
