package org.citygov.domain.linkage;

import org.citygov.domain.shared.Ids;

/** A data subject as the city OS knows them: a resident's or visitor's pseudonymous identifier. */
public record SubjectId(String value) {
    public SubjectId {
        value = Ids.requireText(value, "subject id");
    }

    public static SubjectId of(String value) {
        return new SubjectId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
