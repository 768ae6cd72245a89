package org.citygov.domain.stakeholder;

/**
 * How much a stakeholder matters to the project (4.3, Fig. 4-4): graded from the product of its impact on the project
 * and the uncertainty (potential negative influence) it introduces, each rated 1 to 5. Which products make which level,
 * and which engagement format each level is given, are a catalogue edition's {@link ImportanceBands} (CityGov
 * defaults; the guideline gives no numbers).
 */
public enum Importance {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL;

    /** HIGH and CRITICAL stakeholders are the important ones, who should take part in the governance process (4.3). */
    public boolean isImportant() {
        return this == HIGH || this == CRITICAL;
    }
}
