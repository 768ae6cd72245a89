package org.citygov.domain.catalogue;

import java.util.Objects;

import org.citygov.domain.shared.Ids;

/** A focal point of Table 5-4 with its label and the question it asks of a project. */
public record FocalPointEntry(FocalPoint code, Label label, Label question, String source) {
    public FocalPointEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(question, "question");
        source = Ids.requireText(source, "source");
    }
}
