package org.citygov.domain.data;

/** What a data asset observes (3.2): individuals (personal data), organizations, or nothing (weather, traffic counts). */
public enum DataSubject { INDIVIDUAL, ORGANIZATION, NONE }
