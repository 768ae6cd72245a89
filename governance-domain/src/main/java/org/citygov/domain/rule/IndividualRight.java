package org.citygov.domain.rule;

/** What data subjects can ask of the operator (5.4 (2): stop use, correct; Fig. 5-3 controllability). */
public enum IndividualRight { STOP_USE, CORRECTION, DELETION, DISCLOSURE, PORTABILITY }
