package org.citygov.domain.project;

/** Traits of a region that change how its residents accept a use of data (3.4). */
public enum RegionProfile { AGING_POPULATION, CITY_CENTER, RESIDENTIAL, RURAL, TOURIST_AREA }
