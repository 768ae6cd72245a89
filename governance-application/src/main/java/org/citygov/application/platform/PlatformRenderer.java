package org.citygov.application.platform;

import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.citygov.application.report.i18n.DomainTexts;
import org.citygov.application.report.i18n.Labels;
import org.citygov.application.report.i18n.Language;
import org.citygov.domain.platform.AgreementReview;
import org.citygov.domain.platform.Duty;
import org.citygov.domain.platform.Finding;
import org.citygov.domain.platform.IncidentReview;
import org.citygov.domain.platform.Listing;
import org.citygov.domain.platform.ListingStatus;
import org.citygov.domain.platform.PlatformAssessment;

/** Turns a platform assessment into the JSON of MARKET.md or a summary a person reads in a terminal. */
public final class PlatformRenderer {

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String json(PlatformAssessment assessment) {
        try {
            return json.writeValueAsString(PlatformAssessmentDocument.of(assessment));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the assessment of " + assessment.platform(), e);
        }
    }

    public String text(PlatformAssessment a) {
        return text(a, DomainTexts.of(Language.EN));
    }

    /**
     * The summary with the domain's sentences (duties, findings, the liability's explanation) and the incidents'
     * recipients, kinds and statuses, and the headings in the language of {@code texts}; codes and ids as
     * written.
     */
    public String text(PlatformAssessment a, DomainTexts texts) {
        boolean english = texts.language() == Language.EN;
        Labels labels = Labels.of(texts.language());
        java.util.function.Function<Enum<?>, String> code = e -> english ? e.name() : labels.of(e);
        StringBuilder out = new StringBuilder();
        out.append(labels.format("platform.text.title", a.platform().toString(), a.at().toString(),
                String.valueOf(a.edition()))).append("\n\n");
        out.append(labels.format("platform.text.liability", code.apply(a.liability().design()),
                        code.apply(a.liability().content()), code.apply(a.liability().security()))).append('\n')
                .append("  ").append(texts.sentences(a.liability().explanation())).append("\n\n");

        List<Duty> unmet = a.duties().stream().filter(d -> !d.met()).toList();
        out.append(labels.format("platform.text.duties", String.valueOf(a.duties().size() - unmet.size()),
                String.valueOf(a.duties().size()))).append('\n');
        unmet.forEach(d -> out.append("  ").append(labels.get("platform.text.unmet")).append(' ')
                .append(code.apply(d.layer())).append(" (").append(d.holder()).append("): ")
                .append(texts.text(d.text())).append('\n'));

        out.append('\n').append(labels.get("platform.text.listings")).append('\n');
        for (Listing listing : a.listings()) {
            out.append("  ").append(pad(code.apply(listing.status()), 13)).append(' ').append(listing.offer())
                    .append('\n');
            findings(out, texts, listing.findings(), "    ");
        }
        long refused = a.listings().stream().filter(l -> l.status() == ListingStatus.REFUSED).count();
        long invalid = a.agreements().stream().filter(r -> !r.valid()).count();
        out.append('\n').append(labels.format("platform.text.agreements",
                String.valueOf(a.agreements().size() - invalid), String.valueOf(a.agreements().size()))).append('\n');
        for (AgreementReview review : a.agreements()) {
            if (!review.findings().isEmpty()) {
                out.append("  ").append(pad(labels.get(review.valid() ? "platform.text.valid" : "platform.text.invalid"),
                        7)).append(' ').append(review.id()).append('\n');
                findings(out, texts, review.findings(), "    ");
            }
        }
        out.append('\n').append(labels.format("platform.text.framework", a.framework().cooperative()
                ? labels.get("platform.text.cooperative")
                : labels.format("platform.text.gaps", String.valueOf(a.framework().gaps().size())))).append('\n');
        findings(out, texts, a.framework().gaps(), "  ");

        if (!a.incidents().isEmpty()) {
            out.append('\n').append(labels.get("platform.text.incidents")).append('\n');
            for (IncidentReview incident : a.incidents()) {
                out.append("  ").append(incident.id())
                        .append(incident.reportable() ? labels.get("platform.text.reportable") : "").append('\n');
                for (IncidentReview.Deadline d : incident.deadlines()) {
                    out.append("    ").append(pad(code.apply(d.status()), 8)).append(' ')
                            .append(labels.format("platform.text.deadline", code.apply(d.kind()),
                                    texts.reference(d.to().code()), d.due().toString()))
                            .append(d.done().map(t -> labels.format("platform.text.done", t.toString())).orElse(""))
                            .append('\n');
                }
                if (!incident.impact().criticalServices().isEmpty()) {
                    out.append("    ").append(labels.format("platform.text.criticalServices",
                            texts.reference(incident.impact().criticalServices().toString()))).append('\n');
                }
                findings(out, texts, incident.findings(), "    ");
            }
        }
        out.append('\n').append(a.acceptable() ? labels.get("platform.text.acceptable")
                : labels.format("platform.text.notAcceptable", String.valueOf(refused), String.valueOf(invalid),
                String.valueOf(a.framework().gaps().size()),
                String.valueOf(a.incidents().stream().filter(IncidentReview::anythingOverdue).count()))).append('\n');
        return out.toString();
    }

    private static void findings(StringBuilder out, DomainTexts texts, List<Finding> findings, String indent) {
        for (Finding f : findings) {
            out.append(indent).append(texts.code(f.severity())).append(' ').append(f.code()).append(": ").append(texts.text(f.text()))
                    .append('\n');
        }
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
