package org.citygov.application.report.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.citygov.domain.shared.Messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every bundle family DomainTexts reads holds the same keys with the same arguments in both languages, and the
 * domain's English sentences come back in Japanese with their ids and numbers kept.
 */
class DomainTextsTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");

    private static Properties file(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DomainTextsTest.class.getClassLoader().getResourceAsStream(name)) {
            assertNotNull(in, name + " is on the classpath");
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<Integer> arguments(String pattern) {
        Set<Integer> indices = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            indices.add(Integer.parseInt(m.group(1)));
        }
        return indices;
    }

    @Test
    void families_whenCompared_shouldHoldTheSameKeysAndArgumentsInBothLanguages() throws IOException {
        List<String> families = new java.util.ArrayList<>(DomainTexts.FAMILIES);
        families.add(Labels.BUNDLE);
        for (String family : families) {
            Properties en = file(family.replace('.', '/') + ".properties");
            Properties ja = file(family.replace('.', '/') + "_ja.properties");
            Set<String> onlyOne = new TreeSet<>(en.stringPropertyNames());
            onlyOne.removeAll(ja.stringPropertyNames());
            Set<String> onlyOther = new TreeSet<>(ja.stringPropertyNames());
            onlyOther.removeAll(en.stringPropertyNames());
            assertEquals(Set.of(), onlyOne, family + ": keys in English only");
            assertEquals(Set.of(), onlyOther, family + ": keys in Japanese only");
            for (String key : en.stringPropertyNames()) {
                assertEquals(arguments(en.getProperty(key)), arguments(ja.getProperty(key)),
                        family + " " + key + ": the arguments differ between the languages");
            }
        }
    }

    @Test
    void text_whenAUseCaseRefuses_shouldRenderItsReasonInJapaneseKeepingTheIds() {
        DomainTexts ja = DomainTexts.of(Language.JA);

        assertEquals("プロジェクト「education-data」は既に登録されています",
                ja.text("a project \"education-data\" is already registered"));
        assertEquals("プロジェクト「kashiwa」の現在の版は 3 で、2 ではありません。読み取り直して変更をやり直してください",
                ja.text("project \"kashiwa\" is at version 3, not 2; read it again and reapply the change"));
    }

    @Test
    void text_whenTheSentenceIsAMessageWithArguments_shouldRenderItInJapaneseKeepingIds() {
        DomainTexts ja = DomainTexts.of(Language.JA);
        String english = Messages.text("risk.securityLinked", "university", "kashiwa-city", "ENCRYPTION");

        assertEquals("university から kashiwa-city へ連携されるデータに 暗号化 がありません。一つの組織での漏えいが、そのデータに"
                + "連携する全ての組織に及びます。", ja.text(english));
    }

    @Test
    void text_whenMessagesAreNested_shouldTranslateEachLevel() {
        DomainTexts ja = DomainTexts.of(Language.JA);
        String reason = Messages.text("harm.exposure", "university");
        String notes = String.join("; ", List.of(Messages.text("risk.severityNote", "+1",
                Messages.text("risk.note.specialCare")), Messages.text("risk.likelihoodNote", "-1",
                Messages.text("risk.acceptance.ageing"))));
        String english = Messages.text("risk.adjusted", reason, notes);

        assertEquals("人の生活の私的な側面を明らかにするデータが university に渡ります。（影響の大きさ +1：要配慮個人情報；"
                + "発生可能性 -1：高齢化が進んだ地域では、高齢者の見守りは受け入れられやすい（3.4））", ja.text(english));
    }

    @Test
    void text_whenALinkageDecisionIsExplained_shouldRenderTheReasonAndItsPartsInJapanese() {
        DomainTexts ja = DomainTexts.of(Language.JA);
        String along = Messages.text("linkage.alongAggregated", Messages.text("linkage.along", "f1",
                "care-records", "university", "RESEARCH"));
        String denied = Messages.text("linkage.explanation", "DENY", Messages.text("linkage.withFlow",
                Messages.text("linkage.ruledOut", "f2", Messages.text("linkage.noLegalBasis")), "f2"), 3);
        String ruledOut = Messages.text("linkage.ruledOut", "f2", Messages.text("linkage.unsuitable", "Table 5-4"));
        String risk = Messages.text("linkage.unmitigatedRisk", "HIGH", "risk-7");

        assertEquals("DENY: the assessment rules out data flow f2: it has no legal basis; data flow f2"
                + " (policy generation 3)", denied);
        assertEquals("拒否：評価によりデータフロー f2 は認められません：法的根拠がありません；データフロー f2（ポリシー世代 3）",
                ja.text(denied));
        assertEquals("データフロー f1 により care-records を 研究 のために university へ渡します（集計・匿名化して）",
                ja.text(along));
        assertEquals("評価によりデータフロー f2 は認められません：総合判断（表5-4）で不適当とされています", ja.text(ruledOut));
        assertEquals("リスク risk-7（高）を軽減する承認済み又は施行中のルールがありません", ja.text(risk));
    }

    @Test
    void text_whenAReasonEndingInAnArgumentIsFollowedByAClause_shouldKeepTheClauseOutsideTheReason() {
        DomainTexts ja = DomainTexts.of(Language.JA);
        // the reason ends in an argument ({2}, the purpose): "RESEARCH; data flow f1" reads as that argument as well
        String reason = Messages.text("linkage.noConsent", "subject-9", "care-records", "RESEARCH");
        String denied = Messages.text("linkage.explanation", "DENY", Messages.text("linkage.withRules",
                Messages.text("linkage.withFlow", reason, "f1"), "city-consent v1"), 2);

        assertEquals("拒否：同意が必要ですが、subject-9 は 研究 のための care-records の提供に同意していません；データフロー f1"
                + "；ルール city-consent v1（ポリシー世代 2）", ja.text(denied));
    }

    @Test
    void text_whenTheUsersOwnWordsFitAShortPattern_shouldLeaveThemAlone() {
        // "{0} on {1}" (trigger.measured) fits these words, but none of its arguments is one of ours
        assertEquals("record exercises done on the tablets", DomainTexts.of(Language.JA)
                .text("record exercises done on the tablets"));
    }

    @Test
    void text_whenAnArgumentHoldsParenthesesAndAReferenceFollowsInParentheses_shouldSplitAtTheBalancedParenthesis() {
        DomainTexts ja = DomainTexts.of(Language.JA);
        String why = Messages.text("coverage.publicInterestOnly", "early-warning", Messages.text("coverage.measures"));
        String gap = Messages.text("coverage.gap.noMeasure", why, "5.4 (4)");

        String japanese = ja.text(gap);

        assertTrue(japanese.startsWith("公益性に関する措置がありません：サービス early-warning"), japanese);
        assertTrue(japanese.contains("有識者委員会による審査"), japanese);
        assertFalse(japanese.contains("such consideration"), japanese);
    }

    @Test
    void text_whenEnglishIsAsked_shouldReturnTheTextUnchanged() {
        String english = Messages.text("fourFactor.c.noNotice");
        assertEquals(english, DomainTexts.of(Language.EN).text(english));
    }

    @Test
    void text_whenTheTextIsNoMessage_shouldLeaveTheUsersOwnWordsAlone() {
        assertEquals("Watch over residents who live alone.", DomainTexts.of(Language.JA)
                .text("Watch over residents who live alone."));
    }

    @Test
    void text_whenAFourFactorCautionListIsGiven_shouldTranslateEachCaution() {
        DomainTexts ja = DomainTexts.of(Language.JA);
        String cautions = String.join(" ", List.of(Messages.text("fourFactor.caution", "c",
                Messages.text("fourFactor.c.noNotice")), Messages.text("fourFactor.caution", "d",
                Messages.text("fourFactor.d.noAccessControl"))));
        String english = Messages.text("risk.legalTestConditional", "camera", "CONDITIONAL", cautions);

        String japanese = ja.text(english);
        assertTrue(japanese.contains("（c）本人に知らされていません（通知なし）。"), japanese);
        assertTrue(japanese.contains("（d）アクセス制御がありません。"), japanese);
        assertTrue(japanese.startsWith("このカメラの利用に関する総合判断は「条件付きで許容される」です"), japanese);
    }

    @Test
    void text_whenAnInputProblemIsGiven_shouldRenderItFromTheProblemsBundle() {
        DomainTexts ja = DomainTexts.of(Language.JA);
        assertEquals("不明なフィールド「colour」です（「color」の誤りではありませんか）。ここで使えるフィールドは id, name です",
                ja.text("unknown field \"colour\" (did you mean \"color\"?); the fields here are id, name"));
        assertEquals("必須項目です", ja.text("is required"));
    }

    @Test
    void reference_whenAGuidelineReferenceIsGiven_shouldUseTheJapaneseNames() {
        DomainTexts ja = DomainTexts.of(Language.JA);
        assertEquals("表5-4", ja.reference("Table 5-4"));
        assertFalse(ja.reference("Fig. 4-3, Table 5-4").contains("Table"));
    }

    @Test
    void text_whenARevisionTriggerIsDescribed_shouldRenderItInJapaneseKeepingIdsAndTheUsersNote() {
        DomainTexts ja = DomainTexts.of(Language.JA);
        List<org.citygov.domain.evaluation.RevisionTrigger> triggers = List.of(
                new org.citygov.domain.evaluation.RevisionTrigger.CatalogueEditionChanged("2025.1", "2026.1"),
                new org.citygov.domain.evaluation.RevisionTrigger.Declared(new org.citygov.domain.evaluation
                        .ProjectEvent(org.citygov.domain.evaluation.ProjectEvent.Kind.TECHNOLOGY_CHANGE,
                        java.time.LocalDate.parse("2026-01-05"), "new camera model", java.util.OptionalInt.empty())),
                new org.citygov.domain.evaluation.RevisionTrigger.IncidentReviewed("kashiwa-platform",
                        "ransomware-2026-06", "RANSOMWARE", java.time.Instant.parse("2026-07-01T00:00:00Z"),
                        List.of(new org.citygov.domain.data.DataAssetId("care-records")),
                        List.of(new org.citygov.domain.data.DataFlowId("share-care")), List.of("MEDICAL_CARE")));
        for (org.citygov.domain.evaluation.RevisionTrigger trigger : triggers) {
            String english = trigger.describe();
            String japanese = ja.text(english);
            assertTrue(japanese.matches("(?s).*[\\p{IsHiragana}\\p{IsHan}].*"), japanese);
            assertFalse(japanese.matches(".*\\b[a-z]{3,} [a-z]{3,} [a-z]{3,}\\b.*")
                    && !japanese.contains("new camera model"), "English left in: " + japanese);
            assertEquals(english, DomainTexts.of(Language.EN).text(english));
        }
        assertEquals("2026-01-05 に技術の変化が申告されました：new camera model", ja.text(triggers.get(1).describe()));
        assertTrue(ja.text(triggers.get(2).describe()).contains("ransomware-2026-06"));
        assertTrue(ja.text(triggers.get(2).describe()).contains("share-care"));
    }

    @Test
    void text_whenAnInputNamesTheCodesToWrite_shouldKeepTheCodesNotTheirJapaneseNames() {
        DomainTexts ja = DomainTexts.of(Language.JA);
        // PERMIT and DENY have Japanese names elsewhere (許可, 拒否); here they are what the user has to type
        assertEquals("\"ALLOW\" は、次のいずれでもありません：PERMIT, DENY",
                ja.text("\"ALLOW\" is not one of PERMIT, DENY"));
        String expected = ja.text("expected one of PERMIT, DENY, found a number");
        assertTrue(expected.contains("PERMIT, DENY"), expected);
        assertFalse(expected.contains("expected"), expected);
    }
}
