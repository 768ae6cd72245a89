package org.citygov.adapter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.citygov.adapter.cli.root.CompositionRoot;
import org.junit.jupiter.api.Test;

/** {@code citygov assess --format text --lang ja|en}: the text renderer's own headings and sentences. */
class AssessLanguageTest {

    private static final String FRAILTY = "../examples/kashiwanoha-frailty.json";

    private static String assess(String... extra) {
        StringWriter out = new StringWriter();
        String[] args = new String[3 + extra.length];
        args[0] = "assess";
        args[1] = FRAILTY;
        args[2] = "--format=text";
        System.arraycopy(extra, 0, args, 3, extra.length);
        int status = CityGovCli.run(CompositionRoot.inMemory(), new PrintWriter(out), new PrintWriter(new StringWriter()),
                args);
        assertTrue(status == CityGovCli.OK || status == CityGovCli.NOT_APPROVABLE, "assessed: " + status);
        return out.toString();
    }

    @Test
    void assess_whenAskedForJapanese_shouldPrintJapaneseHeadingsAndTheCataloguesJapaneseLawNames() {
        String text = assess("--lang", "ja");

        assertTrue(text.startsWith("kashiwanoha-frailty の評価（カタログ版 jp-"), text);
        assertTrue(text.contains("適用される法令（5.2、表5-2）"));
        assertTrue(text.contains("appi: 個人情報の保護に関する法律"));
        assertTrue(text.contains("\nルール（5.4）\n"));
        assertFalse(text.contains("Laws that apply"));
    }

    @Test
    void assess_whenAskedForEnglish_shouldPrintTheEnglishSummaryAsBefore() {
        String text = assess("--lang", "en");

        assertTrue(text.startsWith("Assessment of kashiwanoha-frailty (catalogue edition jp-"), text);
        assertTrue(text.contains("\nLaws that apply (5.2, Table 5-2)\n  appi: Act on the Protection of Personal"
                + " Information\n"));
        assertTrue(text.contains("\nRules (5.4)\n"), text);
    }
}
