package org.citygov.domain.platform;

import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.citygov.domain.data.DataCategory;
import org.citygov.domain.project.ServiceField;

/**
 * The deadlines and thresholds a platform assessment applies, named by the catalogue edition they belong to. A city
 * edition may change them, never silently: the assessment names the edition.
 *
 * <table>
 * <caption>Defaults ({@link #defaults})</caption>
 * <tr><th>value</th><th>default</th><th>source</th></tr>
 * <tr><td>{@code zone}</td><td>Asia/Tokyo</td><td>dates (terms accepted, training) are Japanese calendar days</td></tr>
 * <tr><td>{@code maxPatchDays}</td><td>30</td><td>CityGov default ({@code slow-patching}, MARKET.md)</td></tr>
 * <tr><td>{@code trainingValidDays}</td><td>365</td><td>CityGov default ({@code untrained}, MARKET.md)</td></tr>
 * <tr><td>{@code ppcPersonsThreshold}</td><td>1,000</td><td>APPI Enforcement Rules Art. 7 (iv): more than 1,000
 *     persons</td></tr>
 * <tr><td>{@code ppcPreliminary}</td><td>5 days</td><td>Enforcement Rules Art. 8 (1): "promptly"; PPC guidance, about
 *     3-5 days</td></tr>
 * <tr><td>{@code ppcFinal}, {@code ppcFinalMalicious}</td><td>30 days, 60 days</td><td>Enforcement Rules Art. 8 (2)
 *     </td></tr>
 * <tr><td>{@code subjectsNotice}</td><td>5 days</td><td>APPI Art. 26 (2) ("according to the situation"); CityGov
 *     default: the PPC's preliminary deadline</td></tr>
 * <tr><td>{@code serviceData}</td><td>see {@link #DEFAULT_SERVICE_DATA}</td><td>CityGov default: the data categories
 *     a service field relies on, for an incident's {@code impact.criticalServices}</td></tr>
 * </table>
 */
public record MarketRules(
        String edition,
        ZoneId zone,
        int maxPatchDays,
        int trainingValidDays,
        long ppcPersonsThreshold,
        Duration ppcPreliminary,
        Duration ppcFinal,
        Duration ppcFinalMalicious,
        Duration subjectsNotice,
        Map<ServiceField, Set<DataCategory>> serviceData) {

    /**
     * CityGov default: the data categories each service field's services rely on.
     * <table>
     * <caption>Service field → data categories</caption>
     * <tr><td>TRANSPORT_AND_MOBILITY</td><td>TRANSPORT, LOCATION</td></tr>
     * <tr><td>HEALTH_AND_WELFARE</td><td>HEALTH, LONG_TERM_CARE, CONTACT</td></tr>
     * <tr><td>MEDICAL_CARE</td><td>MEDICAL, HEALTH</td></tr>
     * <tr><td>DISASTER_PREVENTION</td><td>LOCATION, ENVIRONMENT, INFRASTRUCTURE, CONTACT</td></tr>
     * <tr><td>EDUCATION</td><td>EDUCATION</td></tr>
     * <tr><td>ENVIRONMENT_AND_ENERGY</td><td>ENVIRONMENT, INFRASTRUCTURE</td></tr>
     * <tr><td>TOURISM</td><td>LOCATION, SMARTPHONE_APP</td></tr>
     * <tr><td>COMMUNITY_BUILDING</td><td>CONTACT, SMARTPHONE_APP</td></tr>
     * <tr><td>INFRASTRUCTURE_MAINTENANCE</td><td>INFRASTRUCTURE, CAMERA_IMAGE</td></tr>
     * <tr><td>LOGISTICS</td><td>TRANSPORT, LOCATION</td></tr>
     * <tr><td>ADMINISTRATIVE_PROCEDURES</td><td>ADMINISTRATIVE, CONTACT, FINANCIAL</td></tr>
     * <tr><td>AGRICULTURE</td><td>ENVIRONMENT</td></tr>
     * <tr><td>COMMUNICATION</td><td>CONTACT, SMARTPHONE_APP</td></tr>
     * <tr><td>URBAN_DEVELOPMENT</td><td>LOCATION, INFRASTRUCTURE, CAMERA_IMAGE</td></tr>
     * </table>
     */
    public static final Map<ServiceField, Set<DataCategory>> DEFAULT_SERVICE_DATA = defaultServiceData();

    public MarketRules {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(zone, "zone");
        if (maxPatchDays < 0 || trainingValidDays < 0 || ppcPersonsThreshold < 0) {
            throw new IllegalArgumentException("thresholds cannot be negative");
        }
        Objects.requireNonNull(ppcPreliminary, "ppcPreliminary");
        Objects.requireNonNull(ppcFinal, "ppcFinal");
        Objects.requireNonNull(ppcFinalMalicious, "ppcFinalMalicious");
        Objects.requireNonNull(subjectsNotice, "subjectsNotice");
        serviceData = Map.copyOf(serviceData);
    }

    /** The defaults of the table above, named by {@code edition}. */
    public static MarketRules defaults(String edition) {
        return new MarketRules(edition, ZoneId.of("Asia/Tokyo"), 30, 365, 1_000, Duration.ofDays(5),
                Duration.ofDays(30), Duration.ofDays(60), Duration.ofDays(5), DEFAULT_SERVICE_DATA);
    }

    /** The categories a service field's services rely on (none when the table has no row). */
    public Set<DataCategory> dataOf(ServiceField field) {
        return serviceData.getOrDefault(field, Set.of());
    }

    private static Map<ServiceField, Set<DataCategory>> defaultServiceData() {
        Map<ServiceField, Set<DataCategory>> table = new EnumMap<>(ServiceField.class);
        table.put(ServiceField.TRANSPORT_AND_MOBILITY, EnumSet.of(DataCategory.TRANSPORT, DataCategory.LOCATION));
        table.put(ServiceField.HEALTH_AND_WELFARE,
                EnumSet.of(DataCategory.HEALTH, DataCategory.LONG_TERM_CARE, DataCategory.CONTACT));
        table.put(ServiceField.MEDICAL_CARE, EnumSet.of(DataCategory.MEDICAL, DataCategory.HEALTH));
        table.put(ServiceField.DISASTER_PREVENTION, EnumSet.of(DataCategory.LOCATION, DataCategory.ENVIRONMENT,
                DataCategory.INFRASTRUCTURE, DataCategory.CONTACT));
        table.put(ServiceField.EDUCATION, EnumSet.of(DataCategory.EDUCATION));
        table.put(ServiceField.ENVIRONMENT_AND_ENERGY, EnumSet.of(DataCategory.ENVIRONMENT,
                DataCategory.INFRASTRUCTURE));
        table.put(ServiceField.TOURISM, EnumSet.of(DataCategory.LOCATION, DataCategory.SMARTPHONE_APP));
        table.put(ServiceField.COMMUNITY_BUILDING, EnumSet.of(DataCategory.CONTACT, DataCategory.SMARTPHONE_APP));
        table.put(ServiceField.INFRASTRUCTURE_MAINTENANCE, EnumSet.of(DataCategory.INFRASTRUCTURE,
                DataCategory.CAMERA_IMAGE));
        table.put(ServiceField.LOGISTICS, EnumSet.of(DataCategory.TRANSPORT, DataCategory.LOCATION));
        table.put(ServiceField.ADMINISTRATIVE_PROCEDURES, EnumSet.of(DataCategory.ADMINISTRATIVE,
                DataCategory.CONTACT, DataCategory.FINANCIAL));
        table.put(ServiceField.AGRICULTURE, EnumSet.of(DataCategory.ENVIRONMENT));
        table.put(ServiceField.COMMUNICATION, EnumSet.of(DataCategory.CONTACT, DataCategory.SMARTPHONE_APP));
        table.put(ServiceField.URBAN_DEVELOPMENT, EnumSet.of(DataCategory.LOCATION, DataCategory.INFRASTRUCTURE,
                DataCategory.CAMERA_IMAGE));
        Map<ServiceField, Set<DataCategory>> frozen = new EnumMap<>(ServiceField.class);
        table.forEach((field, categories) -> frozen.put(field, Set.copyOf(categories)));
        return Map.copyOf(frozen);
    }
}
