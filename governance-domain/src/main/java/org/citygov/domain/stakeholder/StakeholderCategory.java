package org.citygov.domain.stakeholder;

/** The player categories of Fig. 4-3 (Smart City Reference Architecture White Paper), plus the city-OS operator. */
public enum StakeholderCategory {
    NATIONAL_GOVERNMENT(Sector.PUBLIC),
    LOCAL_GOVERNMENT(Sector.PUBLIC),
    LOCAL_COMPANY(Sector.INDUSTRY),
    OUT_OF_AREA_COMPANY(Sector.INDUSTRY),
    TRADE_ASSOCIATION(Sector.INDUSTRY),
    UNIVERSITY(Sector.ACADEMIA),
    RESEARCH_INSTITUTE(Sector.ACADEMIA),
    RESIDENT(Sector.PRIVATE),
    CIVIC_ORGANIZATION(Sector.PRIVATE),
    VISITOR(Sector.PRIVATE),
    COUNCIL(Sector.MULTI_AGENCY),
    /** The operator of the city OS, the data linkage hub (3.2). */
    PLATFORM_OPERATOR(Sector.INDUSTRY);

    /** The groups of Fig. 4-3. */
    public enum Sector { PUBLIC, INDUSTRY, ACADEMIA, PRIVATE, MULTI_AGENCY }

    private final Sector sector;

    StakeholderCategory(Sector sector) {
        this.sector = sector;
    }

    public Sector sector() {
        return sector;
    }

    /** Residents and visitors: the people whose data a smart city observes. */
    public boolean isCitizen() {
        return this == RESIDENT || this == VISITOR;
    }
}
