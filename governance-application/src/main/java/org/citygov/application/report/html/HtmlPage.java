package org.citygov.application.report.html;

import org.citygov.application.report.figures.Markup;

/**
 * The frame of every HTML document CityGov writes: UTF-8, the language, a content security policy that allows no
 * script and no network at all (styles and figures are inline), and a print style sheet so that the browser's print
 * gives a clean A4 PDF.
 */
public final class HtmlPage {

    /** No script, no fetch of any kind: only inline styles and data: images. */
    public static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

    static final String STYLE = """
            :root { color-scheme: light; }
            body { font-family: 'Noto Sans CJK JP', 'Noto Sans JP', 'Hiragino Sans', 'Yu Gothic', 'Meiryo', \
            system-ui, sans-serif; margin: 2rem auto; max-width: 1120px; padding: 0 1.5rem; color: #222; \
            line-height: 1.55; background: #fff; }
            h1 { font-size: 1.7rem; border-bottom: 3px solid #1f5fa8; padding-bottom: .3rem; margin-bottom: .2rem; }
            h2 { font-size: 1.3rem; margin-top: 2.4rem; border-bottom: 1px solid #b8b8b8; padding-bottom: .15rem; }
            h3 { font-size: 1.05rem; margin-top: 1.4rem; }
            .subtitle { color: #555; margin-top: 0; }
            .note { color: #555; font-size: .88rem; }
            table { border-collapse: collapse; width: 100%; margin: .8rem 0 1.2rem; font-size: .88rem; }
            th, td { border: 1px solid #c8c8c8; padding: .3rem .45rem; text-align: left; vertical-align: top; }
            th { background: #eef2f6; font-weight: 600; }
            table.facts th { width: 14rem; }
            td.num, th.num { text-align: right; white-space: nowrap; }
            td.mark { text-align: center; font-weight: bold; }
            figure { margin: 1rem 0 1.4rem; overflow-x: auto; }
            figcaption { font-size: .85rem; color: #444; margin-top: .3rem; }
            figcaption strong { color: #222; }
            svg { max-width: 100%; height: auto; }
            nav.contents ol { columns: 2; font-size: .92rem; }
            .level { display: inline-block; padding: 0 .45rem; border-radius: .6rem; font-size: .8rem; \
            font-weight: bold; white-space: nowrap; }
            .level-LOW { background: #e3f1da; } .level-MEDIUM { background: #fff3c4; }
            .level-HIGH { background: #fde0c5; } .level-CRITICAL { background: #f6cccc; }
            .ok { color: #2e7d32; font-weight: bold; } .bad { color: #b3261e; font-weight: bold; }
            .tag { display: inline-block; border: 1px solid #999; border-radius: .3rem; padding: 0 .3rem; \
            font-size: .75rem; margin-left: .25rem; }
            .tag-special { border-color: #b3261e; color: #b3261e; } .tag-personal { border-color: #1f5fa8; \
            color: #1f5fa8; }
            footer { margin-top: 3rem; border-top: 1px solid #ccc; padding-top: .5rem; font-size: .8rem; color: #555; }
            @page { size: A4; margin: 14mm; }
            @media print {
              body { margin: 0; max-width: none; padding: 0; font-size: 9.5pt; }
              nav.contents { display: none; }
              h2 { break-after: avoid; } h3 { break-after: avoid; }
              figure, tr, .keep { break-inside: avoid; }
              thead { display: table-header-group; }
              a { color: inherit; text-decoration: none; }
              th { background: #eee !important; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
              svg, .level { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
            }
            """;

    private HtmlPage() {
    }

    /** The opening of a document up to and including {@code <body>}. */
    public static String open(String title, String languageTag) {
        return "<!DOCTYPE html>\n<html lang=\"" + Markup.escape(languageTag) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + CONTENT_SECURITY_POLICY + "\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"generator\" content=\"CityGov\">\n"
                + "<title>" + Markup.escape(title) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n";
    }

    public static String close() {
        return "</body>\n</html>\n";
    }
}
