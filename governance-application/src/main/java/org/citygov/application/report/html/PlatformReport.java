package org.citygov.application.report.html;

import static org.citygov.application.report.figures.Markup.escape;

import java.util.List;

import org.citygov.application.report.figures.Figure;
import org.citygov.application.report.figures.PlatformFigures;
import org.citygov.application.report.i18n.DomainTexts;
import org.citygov.application.report.i18n.Labels;
import org.citygov.domain.platform.AgreementReview;
import org.citygov.domain.platform.Duty;
import org.citygov.domain.platform.Finding;
import org.citygov.domain.platform.IncidentReview;
import org.citygov.domain.platform.Listing;
import org.citygov.domain.platform.PlatformAssessment;

/**
 * A platform assessment as one self-contained HTML document, like the project report: no script, styles and SVG
 * figures inline (the participants × duty layers matrix, the incidents' deadlines), headings in the chosen language,
 * codes and ids as the contract has them. The platform domain's sentences (duties, findings) are rendered in the
 * page's language ({@link DomainTexts}); the bases, quotations of the panel and the law, stay as written.
 */
public final class PlatformReport {

    private PlatformReport() {
    }

    /** The figures of the report, in the order they appear. */
    public static List<Figure> figures(PlatformAssessment assessment, Labels l) {
        return List.of(PlatformFigures.dutyMatrix(assessment, l), PlatformFigures.incidentTimeline(assessment, l));
    }

    public static String render(PlatformAssessment a, Labels l) {
        StringBuilder out = new StringBuilder(32_768);
        DomainTexts texts = DomainTexts.of(l.language());
        String title = l.format("platform.title", a.platform().value());
        out.append(HtmlPage.open(title, l.language().tag()));
        out.append("<header><h1>").append(escape(title)).append("</h1>\n<p>")
                .append(escape(l.format("platform.meta", a.edition(), a.at().toString()))).append("</p>\n<p><strong class=\"")
                .append(a.acceptable() ? "ok" : "bad").append("\" data-acceptable=\"").append(a.acceptable())
                .append("\">").append(escape(l.get(a.acceptable() ? "platform.acceptable" : "platform.notAcceptable")))
                .append("</strong></p></header>\n<main>\n");
        List<Figure> figures = figures(a, l);
        out.append("<section id=\"duties\"><h2>").append(escape(l.get("platform.duties"))).append("</h2>\n");
        figure(out, figures.get(0));
        out.append("<table><thead><tr>");
        for (String head : List.of("platform.col.participant", "platform.col.layer", "platform.col.duty",
                "platform.col.met", "platform.col.basis")) {
            out.append("<th>").append(escape(l.get(head))).append("</th>");
        }
        out.append("</tr></thead><tbody>\n");
        for (Duty d : a.duties()) {
            out.append("<tr><td>").append(escape(d.holder().value())).append("</td><td>")
                    .append(escape(l.of(d.layer()))).append("</td><td>").append(escape(texts.text(d.text())))
                    .append("</td><td class=\"").append(d.met() ? "ok\">✓" : "bad\">✗")
                    .append(d.met() ? "" : d.gap().map(g -> " " + g.code()).orElse("")).append("</td><td>")
                    .append(escape(texts.reference(d.basis()))).append("</td></tr>\n");
        }
        out.append("</tbody></table></section>\n");

        out.append("<section id=\"listings\"><h2>").append(escape(l.get("platform.listings"))).append("</h2>\n<ul>\n");
        for (Listing listing : a.listings()) {
            out.append("<li><strong>").append(escape(listing.offer().value())).append("</strong> ")
                    .append(escape(l.of(listing.status())));
            findings(out, texts, listing.findings());
            out.append("</li>\n");
        }
        if (a.listings().isEmpty()) {
            out.append("<li>").append(escape(l.get("platform.none"))).append("</li>\n");
        }
        out.append("</ul></section>\n<section id=\"agreements\"><h2>").append(escape(l.get("platform.agreements")))
                .append("</h2>\n<ul>\n");
        for (AgreementReview review : a.agreements()) {
            out.append("<li><strong>").append(escape(review.id().value())).append("</strong> ")
                    .append(escape(l.get(review.valid() ? "platform.valid" : "platform.invalid")));
            findings(out, texts, review.findings());
            out.append("</li>\n");
        }
        if (a.agreements().isEmpty()) {
            out.append("<li>").append(escape(l.get("platform.none"))).append("</li>\n");
        }
        out.append("</ul></section>\n<section id=\"framework\"><h2>").append(escape(l.get("platform.framework")))
                .append("</h2>\n");
        if (a.framework().gaps().isEmpty()) {
            out.append("<p class=\"ok\">").append(escape(l.get("platform.frameworkOk"))).append("</p>\n");
        } else {
            findings(out, texts, a.framework().gaps());
        }
        out.append("</section>\n<section id=\"incidents\"><h2>").append(escape(l.get("platform.incidents")))
                .append("</h2>\n");
        figure(out, figures.get(1));
        out.append("<ul>\n");
        for (IncidentReview incident : a.incidents()) {
            for (IncidentReview.Deadline d : incident.deadlines()) {
                out.append("<li>").append(escape(incident.id().value())).append(": ")
                        .append(escape(texts.reference(d.to().code()))).append(' ').append(escape(l.of(d.kind())))
                        .append(" — ").append(escape(d.due().toString()))
                        .append(" (").append(escape(l.of(d.status()))).append(")</li>\n");
            }
        }
        out.append("</ul></section>\n</main>\n<footer><p>").append(escape(l.get("platform.footer")))
                .append("</p></footer>\n");
        out.append(HtmlPage.close());
        return out.toString();
    }

    private static void figure(StringBuilder out, Figure figure) {
        out.append("<figure class=\"figure\" id=\"figure-").append(figure.name()).append("\">\n")
                .append(figure.inline()).append("<figcaption><strong>").append(escape(figure.title()))
                .append("</strong> ").append(escape(figure.caption())).append("</figcaption>\n</figure>\n");
    }

    private static void findings(StringBuilder out, DomainTexts texts, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        out.append("<ul>");
        for (Finding f : findings) {
            out.append("<li><code>").append(escape(f.code().code())).append("</code> ").append(escape(f.subject()))
                    .append(": ").append(escape(texts.text(f.text()))).append("</li>");
        }
        out.append("</ul>");
    }
}
