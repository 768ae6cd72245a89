package org.citygov.domain.project;

/**
 * Where a service installs equipment or operates (SCENARIO.md, additions of 2026-11-29). Some laws of Table 5-2 are
 * tied to a place (the River Act to rivers, the Urban Parks Act to urban parks…); which law is tied to which site is
 * catalogue data, so an edition can say it and a city can change it.
 */
public enum Site {
    ROAD,
    RIVER,
    URBAN_PARK,
    RAILWAY,
    AIRSPACE,
    FARMLAND,
    PUBLIC_FACILITY,
    PRIVATE_PREMISES,
    VEHICLE
}
