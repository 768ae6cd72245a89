package org.citygov.domain.stakeholder;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.citygov.domain.shared.Messages;

/**
 * How a catalogue edition grades stakeholders: the band of impact × uncertainty products each {@link Importance}
 * level covers, and the engagement format each level is given. <strong>Both are CityGov defaults, not the
 * guideline's</strong>: Fig. 4-4 selects important stakeholders by impact and uncertainty without numbers, and
 * Table 5-1 lists the engagement formats without tying them to a level. The bundled edition's section
 * {@code cityGovDefaults} holds the values (products 1-4 LOW, 5-9 MEDIUM, 10-15 HIGH, 16-25 CRITICAL; information
 * distribution, information gathering, two-way, involvement); a city's edition may set its own.
 *
 * <p>The bands cover 1..25 without gap or overlap, in the order LOW, MEDIUM, HIGH, CRITICAL, and the formats do not
 * get lighter as importance grows.
 */
public record ImportanceBands(Map<Importance, Band> bands, Map<Importance, EngagementFormat> engagement) {

    /** Products {@code lowest..highest}, both included. */
    public record Band(int lowest, int highest) {
        public Band {
            if (lowest > highest) {
                throw new IllegalArgumentException(Messages.text("violation.bandOrder", lowest, highest));
            }
        }

        boolean contains(int product) {
            return product >= lowest && product <= highest;
        }

        @Override
        public String toString() {
            return lowest + "-" + highest;
        }
    }

    public ImportanceBands {
        bands = Map.copyOf(new EnumMap<>(Objects.requireNonNull(bands, "bands")));
        engagement = Map.copyOf(new EnumMap<>(Objects.requireNonNull(engagement, "engagement")));
        List<String> problems = problems(bands, engagement);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /** What is wrong with these bands and formats, in words; empty when they are usable. */
    public static List<String> problems(Map<Importance, Band> bands, Map<Importance, EngagementFormat> engagement) {
        List<String> problems = new ArrayList<>();
        int next = Rating.MIN * Rating.MIN;
        EngagementFormat lighter = null;
        for (Importance level : Importance.values()) {
            Band band = bands.get(level);
            if (band == null) {
                problems.add(Messages.text("violation.noBand", level));
            } else {
                if (band.lowest() != next) {
                    problems.add(Messages.text("violation.bandStart", level, band.lowest(), next));
                }
                next = band.highest() + 1;
            }
            EngagementFormat format = engagement.get(level);
            if (format == null) {
                problems.add(Messages.text("violation.noEngagementFormat", level));
            } else {
                if (lighter != null && !format.atLeast(lighter)) {
                    problems.add(Messages.text("violation.lighterFormat", level, format, lighter));
                }
                lighter = format;
            }
        }
        if (problems.isEmpty() && next != Rating.MAX * Rating.MAX + 1) {
            problems.add(Messages.text("violation.bandsEnd", next - 1, Rating.MAX * Rating.MAX));
        }
        return problems;
    }

    /** The level of a product of impact and uncertainty, 1 to 25. */
    public Importance of(int product) {
        for (Importance level : Importance.values()) {
            if (bands.get(level).contains(product)) {
                return level;
            }
        }
        throw new IllegalArgumentException("an importance score is between 1 and 25, got " + product);
    }

    public Importance of(Rating impact, Rating uncertainty) {
        return of(impact.value() * uncertainty.value());
    }

    public Band band(Importance level) {
        return bands.get(level);
    }

    /** The engagement format this edition gives a level (a CityGov default unless a city's edition says otherwise). */
    public EngagementFormat engagementFor(Importance level) {
        return engagement.get(level);
    }
}
