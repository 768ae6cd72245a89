package org.citygov.domain.catalogue;

import org.citygov.domain.shared.Ids;

/** A catalogue text in the two languages the guideline is published in: English and Japanese. */
public record Label(String en, String ja) {
    public Label {
        en = Ids.requireText(en, "English label");
        ja = Ids.requireText(ja, "Japanese label");
    }

    public static Label of(String en, String ja) {
        return new Label(en, ja);
    }

    @Override
    public String toString() {
        return en;
    }
}
