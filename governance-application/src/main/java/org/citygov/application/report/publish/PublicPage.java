package org.citygov.application.report.publish;

import java.util.List;
import java.util.stream.Collectors;

import org.citygov.application.report.figures.Markup;
import org.citygov.application.report.html.HtmlPage;
import org.citygov.application.report.i18n.Labels;
import org.citygov.domain.disclosure.PublicDisclosure;
import org.citygov.domain.evaluation.Kpi;
import org.citygov.domain.evaluation.KpiEvaluation;
import org.citygov.domain.rule.Rule;
import org.citygov.domain.rule.RuleTerms;
import org.citygov.domain.rule.TransparencyItem;

import static org.citygov.application.report.figures.Markup.escape;

/**
 * The public page of a project: its purpose, a privacy notice per purpose, the data policy (city framework and
 * programme rules as readable text), and the review and evaluation results — each only as far as
 * {@link PublicDisclosure} says the project's rules promise it. Self-contained HTML like the report, no script.
 */
public final class PublicPage {

    private PublicPage() {
    }

    /**
     * The page; {@code otherLanguage} and {@code record} are relative links to the page in the other language and to
     * the JSON-LD record of processing (null to leave a link out).
     */
    public static String render(PublicDisclosure d, Labels labels, String otherLanguage, String record) {
        StringBuilder out = new StringBuilder(16 * 1024);
        String title = labels.format("public.title", d.name());
        out.append(HtmlPage.open(title, labels.language().tag()));
        out.append("<header>\n<h1>").append(escape(title)).append("</h1>\n");
        if (otherLanguage != null) {
            out.append("<p class=\"note\"><a href=\"").append(escape(otherLanguage)).append("\" hreflang=\"")
                    .append(labels.language().tag().equals("ja") ? "en\">English" : "ja\">日本語")
                    .append("</a></p>\n");
        }
        out.append("<p class=\"note\">").append(escape(labels.get("public.intro"))).append("</p>\n</header>\n");

        out.append("<section id=\"objective\">\n<h2>").append(escape(labels.get("public.objective")))
                .append("</h2>\n<p>").append(escape(d.objective())).append("</p>\n</section>\n");

        out.append("<section id=\"promises\">\n<h2>").append(escape(labels.get("public.promises"))).append("</h2>\n");
        if (d.promised().isEmpty()) {
            out.append("<p>").append(escape(labels.get("public.promisesNone"))).append("</p>\n");
        } else {
            out.append("<ul>\n");
            for (TransparencyItem item : TransparencyItem.values()) {
                if (d.publishes(item)) {
                    out.append("<li data-promise=\"").append(item.name()).append("\">").append(escape(labels.of(item)))
                            .append("</li>\n");
                }
            }
            out.append("</ul>\n");
        }
        out.append("</section>\n");

        notices(out, d, labels);
        policy(out, d, labels);
        d.review().ifPresent(review -> {
            out.append("<section id=\"review-results\">\n<h2>").append(escape(labels.get("public.review")))
                    .append("</h2>\n<ul>\n");
            for (Rule r : review.reviews()) {
                RuleTerms.PublicInterestReview terms = (RuleTerms.PublicInterestReview) r.terms();
                out.append("<li>").append(escape(r.text())).append(" — ")
                        .append(escape(labels.format("public.reviewBy", terms.reviewer())));
                if (terms.publishResults()) {
                    out.append(' ').append(escape(labels.get("public.reviewPublished")));
                }
                out.append("</li>\n");
            }
            out.append("</ul>\n<p>").append(escape(labels.get(review.rulesAnswerTheRisks() ? "public.approvable"
                    : "public.notApprovable"))).append("</p>\n</section>\n");
        });
        if (d.publishes(TransparencyItem.EVALUATION_RESULTS)) {
            evaluation(out, d.evaluation(), labels);
        }
        if (d.publishes(TransparencyItem.LINKAGE_RECORDS)) {
            out.append("<section id=\"linkage-records\">\n<h2>").append(escape(labels.get("public.linkage")))
                    .append("</h2>\n<p>").append(escape(labels.get("public.linkage.text"))).append("</p>\n<ul>\n");
            d.linkageLogs().forEach(r -> out.append("<li>").append(escape(r.text())).append("</li>\n"));
            out.append("</ul>\n</section>\n");
        }
        if (record != null) {
            out.append("<section id=\"record\">\n<h2>").append(escape(labels.get("public.record")))
                    .append("</h2>\n<p>").append(escape(labels.get("public.record.text"))).append(" <a href=\"")
                    .append(escape(record)).append("\" type=\"application/ld+json\">").append(escape(record))
                    .append("</a></p>\n</section>\n");
        }
        out.append("<footer>CityGov</footer>\n").append(HtmlPage.close());
        return out.toString();
    }

    private static void notices(StringBuilder out, PublicDisclosure d, Labels labels) {
        out.append("<section id=\"notices\">\n<h2>").append(escape(labels.get("public.notices"))).append("</h2>\n");
        if (d.notices().isEmpty()) {
            out.append("<p>").append(escape(labels.get("public.noticesNone"))).append("</p>\n");
        }
        for (PublicDisclosure.Notice n : d.notices()) {
            out.append("<article class=\"keep\" data-notice>\n<table class=\"facts\">\n");
            if (n.purpose().isPresent()) {
                row(out, labels.get("col.purpose"), escape(n.purpose().get()) + " <small>("
                        + escape(labels.of(n.kind().orElseThrow())) + ")</small>", "purpose");
            }
            if (!n.dataItems().isEmpty()) {
                row(out, labels.get("public.dataItems"), n.dataItems().stream()
                        .map(i -> escape(i.name()) + " <small>(" + escape(i.categories().stream().sorted()
                                .map(labels::of).collect(Collectors.joining(", "))) + ")</small>"
                                + (i.specialCare() ? " <span class=\"tag tag-special\">"
                                + escape(labels.get("flow.specialCare")) + "</span>" : i.personal()
                                ? " <span class=\"tag tag-personal\">" + escape(labels.get("flow.personal"))
                                + "</span>" : ""))
                        .collect(Collectors.joining("<br>")), "data-items");
            }
            if (!n.recipients().isEmpty()) {
                row(out, labels.get("public.recipients"), n.recipients().stream().map(r -> escape(r.name()))
                        .collect(Collectors.joining("<br>")), "recipients");
            }
            if (!n.channels().isEmpty()) {
                row(out, labels.get("public.channels"), escape(n.channels().stream().sorted().map(labels::of)
                        .collect(Collectors.joining(", "))), "channels");
            }
            out.append("</table>\n</article>\n");
        }
        out.append("</section>\n");
    }

    private static void policy(StringBuilder out, PublicDisclosure d, Labels labels) {
        out.append("<section id=\"data-policy\">\n<h2>").append(escape(labels.get("public.policy"))).append("</h2>\n");
        if (d.frameworkRules().isEmpty() && d.programRules().isEmpty()) {
            out.append("<p>").append(escape(labels.get("public.policy.none"))).append("</p>\n");
        }
        rules(out, labels.get("public.policy.framework"), d.frameworkRules(), labels);
        rules(out, labels.get("public.policy.program"), d.programRules(), labels);
        out.append("</section>\n");
    }

    private static void rules(StringBuilder out, String heading, List<Rule> rules, Labels labels) {
        if (rules.isEmpty()) {
            return;
        }
        out.append("<h3>").append(escape(heading)).append("</h3>\n<ol>\n");
        for (Rule r : rules) {
            out.append("<li data-rule=\"").append(escape(r.id().value())).append("\"><strong>")
                    .append(escape(labels.of(r.kind()))).append("</strong>: ").append(escape(r.text()))
                    .append("</li>\n");
        }
        out.append("</ol>\n");
    }

    private static void evaluation(StringBuilder out, List<Kpi> kpis, Labels labels) {
        out.append("<section id=\"evaluation-results\">\n<h2>").append(escape(labels.get("public.evaluation")))
                .append("</h2>\n<table>\n<thead><tr>");
        for (String key : List.of("col.kpi", "col.threshold", "col.latest", "col.status", "col.trend")) {
            out.append("<th scope=\"col\">").append(escape(labels.get(key))).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (Kpi k : kpis) {
            KpiEvaluation e = k.evaluate();
            out.append("<tr data-kpi=\"").append(escape(k.id().value())).append("\"><td>").append(escape(k.name()))
                    .append("</td><td>").append(escape(labels.format("kpi.thresholdLine",
                            labels.of(k.threshold().direction()), Markup.number(k.threshold().value()))))
                    .append("</td><td>").append(escape(e.latest().map(m -> Markup.number(m.value()) + " ("
                            + m.on() + ")").orElse(labels.get("kpi.noData"))))
                    .append("</td><td>").append(escape(labels.of(e.status()))).append("</td><td>")
                    .append(escape(labels.of(e.trend()))).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private static void row(StringBuilder out, String head, String html, String name) {
        out.append("<tr data-field=\"").append(name).append("\"><th scope=\"row\">").append(escape(head))
                .append("</th><td>").append(html).append("</td></tr>\n");
    }
}
