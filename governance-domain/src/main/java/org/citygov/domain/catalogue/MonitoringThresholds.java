package org.citygov.domain.catalogue;

import java.time.Duration;
import java.util.Objects;

import org.citygov.domain.shared.Messages;

/**
 * When the {@link org.citygov.domain.monitoring.LinkageMonitor} raises an alert. All values are CityGov defaults, not the guideline's or a law's: the
 * panel asks for "a security operation center that continuously monitors the system for security incidents" and
 * leaves the thresholds to the operator. They are kept in the catalogue edition ({@code cityGovDefaults.monitoring},
 * {@link CityGovDefaults#monitoring()}), and the operator overrides any of them in
 * configuration ({@code serve --monitoring KEY=VALUE}).
 *
 * <table>
 * <caption>Thresholds (CityGov defaults of the bundled edition)</caption>
 * <tr><th>value</th><th>bundled</th><th>alert</th></tr>
 * <tr><td>{@code burstWindow}, {@code burstDenials}</td><td>10 minutes, 10</td><td>DENIAL_BURST: a party is denied
 *     this many times within the window</td></tr>
 * <tr><td>{@code outsideWindow}, {@code outsideRequests}</td><td>1 hour, 1</td><td>OUTSIDE_AGREEMENTS: a party asks
 *     this many times within the window for data no flow of the project hands to it for that purpose</td></tr>
 * <tr><td>{@code volumeWindow}</td><td>1 hour</td><td>the unit in which a party's requests are counted</td></tr>
 * <tr><td>{@code baselineWindows}, {@code minimumHistory}</td><td>24, 6</td><td>a party's baseline is its mean count
 *     over the 24 windows before the current one, judged once it has been seen for at least 6 windows</td></tr>
 * <tr><td>{@code volumeFactor}, {@code volumeMinimum}</td><td>5, 50</td><td>VOLUME_ABOVE_BASELINE: the current
 *     window's count exceeds both 5 × the baseline and 50</td></tr>
 * </table>
 * Each kind of alert is raised at most once per party per its window.
 */
public record MonitoringThresholds(
        Duration burstWindow,
        int burstDenials,
        Duration outsideWindow,
        int outsideRequests,
        Duration volumeWindow,
        int baselineWindows,
        int minimumHistory,
        double volumeFactor,
        int volumeMinimum) {

    public MonitoringThresholds {
        positive(burstWindow, "burstWindow");
        positive(outsideWindow, "outsideWindow");
        positive(volumeWindow, "volumeWindow");
        if (burstDenials < 1 || outsideRequests < 1 || baselineWindows < 1 || minimumHistory < 1
                || volumeMinimum < 1) {
            throw new IllegalArgumentException(Messages.text("violation.countsAtLeastOne"));
        }
        if (minimumHistory > baselineWindows) {
            throw new IllegalArgumentException(Messages.text("violation.historyExceedsBaseline",
                    minimumHistory, baselineWindows));
        }
        if (!(volumeFactor > 1.0) || Double.isInfinite(volumeFactor)) {
            throw new IllegalArgumentException(Messages.text("violation.volumeFactor", volumeFactor));
        }
    }

    private static void positive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(Messages.text("violation.positiveDuration", name, value));
        }
    }
}
