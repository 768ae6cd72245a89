package org.citygov.domain.catalogue;

import java.util.Objects;

import org.citygov.domain.shared.Ids;

/** A privacy harm of the appendix: the stage where it arises, its label and the question it asks. */
public record HarmEntry(PrivacyHarm code, HarmStage stage, Label label, Label question, String source) {
    public HarmEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(question, "question");
        source = Ids.requireText(source, "source");
    }
}
