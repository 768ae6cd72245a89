package org.citygov.domain.data;

/** Groups of data subjects that call for extra care (education data about children, watching over the elderly). */
public enum SubjectGroup { CHILDREN, ELDERLY }
