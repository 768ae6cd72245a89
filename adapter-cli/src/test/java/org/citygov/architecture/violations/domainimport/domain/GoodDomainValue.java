package org.citygov.architecture.violations.domainimport.domain;

import java.util.Objects;

/** A well-behaved domain value: java.. only. */
public record GoodDomainValue(String value) {
    public GoodDomainValue {
        Objects.requireNonNull(value, "value");
    }
}
