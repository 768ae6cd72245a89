package org.citygov.domain.data;

import java.util.EnumSet;
import java.util.Set;

import static org.citygov.domain.data.DataCategory.BIOMETRIC;
import static org.citygov.domain.data.DataCategory.CAMERA_IMAGE;
import static org.citygov.domain.data.DataCategory.ENVIRONMENT;
import static org.citygov.domain.data.DataCategory.ESTIMATED_ATTRIBUTES;
import static org.citygov.domain.data.DataCategory.FACIAL_FEATURES;
import static org.citygov.domain.data.DataCategory.HEALTH;
import static org.citygov.domain.data.DataCategory.INFRASTRUCTURE;
import static org.citygov.domain.data.DataCategory.LOCATION;
import static org.citygov.domain.data.DataCategory.SMARTPHONE_APP;
import static org.citygov.domain.data.DataCategory.TRANSPORT;

/**
 * How data moves in a flow. Sensing methods observe people or places directly, so they can only collect; each of them
 * yields particular kinds of data, and the asset a sensing flow carries must hold at least one of them. Transfers
 * between systems and manual entry fit any stage and any data.
 */
public enum CollectionMethod {
    FACIAL_RECOGNITION_CAMERA(true, EnumSet.of(CAMERA_IMAGE, FACIAL_FEATURES)),
    ATTRIBUTE_ESTIMATION_CAMERA(true, EnumSet.of(CAMERA_IMAGE, ESTIMATED_ATTRIBUTES)),
    SURVEILLANCE_CAMERA(true, EnumSet.of(CAMERA_IMAGE)),
    SMARTPHONE_GPS(true, EnumSet.of(LOCATION, SMARTPHONE_APP)),
    VEHICLE_PLATE_RECOGNITION(true, EnumSet.of(CAMERA_IMAGE, TRANSPORT)),
    BLE_BEACON(true, EnumSet.of(LOCATION)),
    FINGER_VEIN_AUTHENTICATION(true, EnumSet.of(BIOMETRIC)),
    WEARABLE_DEVICE(true, EnumSet.of(HEALTH, LOCATION, BIOMETRIC)),
    /** Answers given by people; any kind of data can be asked for. */
    QUESTIONNAIRE(true, Set.of()),
    /** Taken from records the administration already keeps (medical claims, care certification, school records). */
    ADMINISTRATIVE_RECORDS(true, Set.of()),
    ENVIRONMENTAL_SENSOR(true, EnumSet.of(ENVIRONMENT, INFRASTRUCTURE, TRANSPORT)),
    SYSTEM_TRANSFER(false, Set.of()),
    MANUAL_ENTRY(false, Set.of());

    private final boolean collectsOnly;
    private final Set<DataCategory> yields;

    CollectionMethod(boolean collectsOnly, Set<DataCategory> yields) {
        this.collectsOnly = collectsOnly;
        this.yields = yields.isEmpty() ? Set.of() : Set.copyOf(yields);
    }

    /** Whether the method gathers data at its source, and so fits only the COLLECTION stage. */
    public boolean collectsOnly() {
        return collectsOnly;
    }

    public boolean fits(LifecycleStage stage) {
        return !collectsOnly || stage == LifecycleStage.COLLECTION;
    }

    /** The data categories the method produces; empty when it can produce any. */
    public Set<DataCategory> yields() {
        return yields;
    }

    public boolean canYieldAnyOf(Set<DataCategory> categories) {
        return yields.isEmpty() || categories.stream().anyMatch(yields::contains);
    }

    public boolean isCamera() {
        return this == FACIAL_RECOGNITION_CAMERA || this == ATTRIBUTE_ESTIMATION_CAMERA
                || this == SURVEILLANCE_CAMERA || this == VEHICLE_PLATE_RECOGNITION;
    }
}
