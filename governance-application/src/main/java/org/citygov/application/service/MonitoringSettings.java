package org.citygov.application.service;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.citygov.domain.catalogue.MonitoringThresholds;
import org.citygov.domain.shared.Result;
import org.citygov.domain.shared.Violation;

/**
 * The monitoring thresholds from configuration (a properties file): every key optional, each absent one the CityGov
 * default the catalogue edition sets ({@code cityGovDefaults.monitoring}). Keys (with the bundled edition's values):
 * {@code monitoring.burstWindow=PT10M},
 * {@code monitoring.burstDenials=10}, {@code monitoring.outsideWindow=PT1H}, {@code monitoring.outsideRequests=1},
 * {@code monitoring.volumeWindow=PT1H}, {@code monitoring.baselineWindows=24}, {@code monitoring.minimumHistory=6},
 * {@code monitoring.volumeFactor=5}, {@code monitoring.volumeMinimum=50}. Durations are ISO 8601 ({@code PT10M}).
 * Unknown {@code monitoring.*} keys and bad values are INVALID, each named by its key.
 */
public final class MonitoringSettings {

    private static final Set<String> KEYS = Set.of("burstWindow", "burstDenials", "outsideWindow", "outsideRequests",
            "volumeWindow", "baselineWindows", "minimumHistory", "volumeFactor", "volumeMinimum");

    private MonitoringSettings() {
    }

    /** The thresholds of {@code properties}, each absent key taken from {@code defaults} (the edition's). */
    public static Result<MonitoringThresholds> read(Properties properties, MonitoringThresholds defaults) {
        MonitoringThresholds d = java.util.Objects.requireNonNull(defaults, "defaults");
        List<Violation> violations = new ArrayList<>();
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
            if (key.startsWith("monitoring.") && !KEYS.contains(key.substring("monitoring.".length()))) {
                violations.add(new Violation(key, "unknown monitoring setting; known: " + new TreeSet<>(KEYS)));
            }
        }
        Map<String, String> values = new java.util.HashMap<>();
        properties.stringPropertyNames().forEach(k -> values.put(k, properties.getProperty(k).strip()));
        Duration burstWindow = duration(values, "burstWindow", d.burstWindow(), violations);
        int burstDenials = integer(values, "burstDenials", d.burstDenials(), violations);
        Duration outsideWindow = duration(values, "outsideWindow", d.outsideWindow(), violations);
        int outsideRequests = integer(values, "outsideRequests", d.outsideRequests(), violations);
        Duration volumeWindow = duration(values, "volumeWindow", d.volumeWindow(), violations);
        int baselineWindows = integer(values, "baselineWindows", d.baselineWindows(), violations);
        int minimumHistory = integer(values, "minimumHistory", d.minimumHistory(), violations);
        double volumeFactor = d.volumeFactor();
        String factor = values.get("monitoring.volumeFactor");
        if (factor != null) {
            try {
                volumeFactor = Double.parseDouble(factor);
            } catch (NumberFormatException e) {
                violations.add(new Violation("monitoring.volumeFactor", "not a number: " + factor));
            }
        }
        int volumeMinimum = integer(values, "volumeMinimum", d.volumeMinimum(), violations);
        if (!violations.isEmpty()) {
            return Result.invalid(violations);
        }
        try {
            return Result.success(new MonitoringThresholds(burstWindow, burstDenials, outsideWindow, outsideRequests,
                    volumeWindow, baselineWindows, minimumHistory, volumeFactor, volumeMinimum));
        } catch (IllegalArgumentException e) {
            return Result.invalid(List.of(new Violation("monitoring", e.getMessage())));
        }
    }

    private static Duration duration(Map<String, String> values, String key, Duration fallback,
                                     List<Violation> violations) {
        String value = values.get("monitoring." + key);
        if (value == null) {
            return fallback;
        }
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException e) {
            violations.add(new Violation("monitoring." + key, "not an ISO 8601 duration such as PT10M: " + value));
            return fallback;
        }
    }

    private static int integer(Map<String, String> values, String key, int fallback, List<Violation> violations) {
        String value = values.get("monitoring." + key);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            violations.add(new Violation("monitoring." + key, "not a whole number: " + value));
            return fallback;
        }
    }
}
