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
     * recipients, kinds and statuses in the language of {@code texts}; the headings stay English, codes and ids as
     * written.
     */
    public String text(PlatformAssessment a, DomainTexts texts) {
        boolean english = texts.language() == Language.EN;
        Labels labels = Labels.of(texts.language());
        StringBuilder out = new StringBuilder();
        out.append("Platform assessment of ").append(a.platform()).append(" at ").append(a.at())
                .append(" (edition ").append(a.edition()).append(")\n\n");
        out.append("Liability: design ").append(a.liability().design()).append(", content ")
                .append(a.liability().content()).append(", security ").append(a.liability().security()).append('\n')
                .append("  ").append(texts.text(a.liability().explanation())).append("\n\n");

        List<Duty> unmet = a.duties().stream().filter(d -> !d.met()).toList();
        out.append("Duties: ").append(a.duties().size() - unmet.size()).append(" of ").append(a.duties().size())
                .append(" met\n");
        unmet.forEach(d -> out.append("  unmet ").append(d.layer()).append(" (").append(d.holder()).append("): ")
                .append(texts.text(d.text())).append('\n'));

        out.append("\nListings:\n");
        for (Listing listing : a.listings()) {
            out.append("  ").append(pad(listing.status().name(), 13)).append(' ').append(listing.offer()).append('\n');
            findings(out, texts, listing.findings(), "    ");
        }
        long refused = a.listings().stream().filter(l -> l.status() == ListingStatus.REFUSED).count();
        long invalid = a.agreements().stream().filter(r -> !r.valid()).count();
        out.append("\nAgreements: ").append(a.agreements().size() - invalid).append(" of ")
                .append(a.agreements().size()).append(" valid\n");
        for (AgreementReview review : a.agreements()) {
            if (!review.findings().isEmpty()) {
                out.append("  ").append(review.valid() ? "valid   " : "INVALID ").append(review.id()).append('\n');
                findings(out, texts, review.findings(), "    ");
            }
        }
        out.append("\nSecurity framework: ").append(a.framework().cooperative() ? "cooperative"
                : a.framework().gaps().size() + " gap(s)").append('\n');
        findings(out, texts, a.framework().gaps(), "  ");

        if (!a.incidents().isEmpty()) {
            out.append("\nIncidents:\n");
            for (IncidentReview incident : a.incidents()) {
                out.append("  ").append(incident.id()).append(incident.reportable() ? " (reportable to the PPC)" : "")
                        .append('\n');
                for (IncidentReview.Deadline d : incident.deadlines()) {
                    out.append("    ").append(pad(english ? d.status().name() : labels.of(d.status()), 8)).append(' ')
                            .append(english ? d.kind().name() : labels.of(d.kind())).append(" to ")
                            .append(texts.reference(d.to().code())).append(", due ").append(d.due())
                            .append(d.done().map(t -> ", done " + t).orElse("")).append('\n');
                }
                if (!incident.impact().criticalServices().isEmpty()) {
                    out.append("    critical services touched: ").append(incident.impact().criticalServices())
                            .append('\n');
                }
                findings(out, texts, incident.findings(), "    ");
            }
        }
        out.append('\n').append(a.acceptable() ? "Acceptable." : "Not acceptable: " + refused
                + " refused listing(s), " + invalid + " invalid agreement(s), " + a.framework().gaps().size()
                + " framework gap(s), " + a.incidents().stream().filter(IncidentReview::anythingOverdue).count()
                + " incident(s) with an overdue notification.").append('\n');
        return out.toString();
    }

    private static void findings(StringBuilder out, DomainTexts texts, List<Finding> findings, String indent) {
        for (Finding f : findings) {
            out.append(indent).append(f.severity()).append(' ').append(f.code()).append(": ").append(texts.text(f.text()))
                    .append('\n');
        }
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
