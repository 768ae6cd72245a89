package org.citygov.domain.data;

/** How far a person can be singled out from personal data, from most to least identifying. */
public enum Identifiability {
    IDENTIFIED,
    PSEUDONYMOUS,
    ANONYMIZED,
    STATISTICAL;

    /** Identified or pseudonymous data still points at one person. */
    public boolean singlesOutPeople() {
        return this == IDENTIFIED || this == PSEUDONYMOUS;
    }
}
