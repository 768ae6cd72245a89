package org.citygov.domain.project;

/** The fields of smart-city services (Table 3-1, 5.1); the field decides which area laws apply (Table 5-2). */
public enum ServiceField {
    TRANSPORT_AND_MOBILITY,
    HEALTH_AND_WELFARE,
    MEDICAL_CARE,
    DISASTER_PREVENTION,
    EDUCATION,
    ENVIRONMENT_AND_ENERGY,
    TOURISM,
    COMMUNITY_BUILDING,
    INFRASTRUCTURE_MAINTENANCE,
    LOGISTICS,
    ADMINISTRATIVE_PROCEDURES,
    AGRICULTURE,
    COMMUNICATION,
    URBAN_DEVELOPMENT
}
