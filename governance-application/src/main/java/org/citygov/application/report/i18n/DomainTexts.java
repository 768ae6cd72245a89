package org.citygov.application.report.i18n;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citygov.domain.catalogue.CatalogueEdition;
import org.citygov.domain.catalogue.Label;
import org.citygov.domain.shared.Messages;

/**
 * The domain's sentences ({@link Messages}) in the language a person asked for. The domain writes English, the
 * contract of the JSON; this class recognizes which message an English text is (its pattern from
 * {@code messages.properties}, arguments and all) and writes the same message from {@code messages_ja.properties},
 * translating its arguments in turn: another message, the name of a code ({@link Labels#LABELLED_ENUMS}), a catalogue
 * label (when the edition's labels are given), a list of those, or a guideline reference ("Table 5-2" → "表5-2").
 * Ids and the user's own words stay as written. The problems the input readers find ({@value #PROBLEMS}) and the
 * reasons the use cases give when they refuse ({@value #FAILURES}) are recognized the same way.
 *
 * <p>An instance remembers what it translated and is meant for one rendering: it is not safe for concurrent use.
 *
 * <p>Where an English text can be read as more than one message (an argument that itself contains the words that
 * follow it), every reading is tried and the one that leaves the least untranslated Latin text is kept. A text that
 * is no message of the bundle (a user's own words) is returned unchanged.
 */
public final class DomainTexts {

    /**
     * The bundle families whose English texts are recognized: the domain's sentences, and the problems the input
     * readers find ({@value #PROBLEMS}).
     */
    public static final String PROBLEMS = "org.citygov.application.problems";
    /** The reasons the use cases and the stores give when they refuse (not found, conflict, stale, forbidden). */
    public static final String FAILURES = "org.citygov.application.failures";
    public static final List<String> FAMILIES = List.of(Messages.BUNDLE, PROBLEMS, FAILURES);
    private static final int MAX_DEPTH = 12;
    /** The Latin letters a pattern's own words need before it is a reading of a text whose arguments stay as given. */
    private static final int MIN_LATIN = 6;
    /**
     * An argument whose parentheses are balanced (two levels deep), for the third reading of a pattern: "{0} ({1})"
     * read from "… 5.4 (4): … (5.4 (4))" gives "5.4 (4)" as {1}, where the shortest and the longest reading split
     * inside a parenthesis.
     */
    private static final String BALANCED = "(?:[^()]|\\((?:[^()]|\\([^()]*\\))*\\))+?";
    /** Two English words in a row: prose, not an id, a number or a date. */
    private static final Pattern PROSE = Pattern.compile("[A-Za-z]+ [A-Za-z]+");
    private static final Pattern APPENDIX = Pattern.compile("appendix: (.+)");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
    /** Between the cautions of a four-factor judgment written one after the other: "… (c) …". */
    private static final Pattern CAUTION_BOUNDARY = Pattern.compile(" (?=\\([bcd]\\) )");
    /** Between two sentences: after a full stop, before a capital letter or a number. */
    private static final Pattern SENTENCE_BOUNDARY = Pattern.compile("(?<=\\.) (?=[A-Z0-9])");
    private static final List<String> SEPARATORS = List.of("; ", ", ", " or ", " and ");
    private static final Map<String, String> LIST_JOINS = Map.of("; ", "；", ", ", "、", " or ", "又は", " and ", "及び");

    private static final List<Entry> ENTRIES = entries();
    /**
     * The clauses a text may end with, {@code "{0}; data flow {1}"}: a literal that starts with "; " between a first
     * and a last argument. Their last argument is an id or a list of ids, which never holds "; ".
     */
    private static final List<Clause> CLAUSES = clauses();

    private final Language language;
    private final Map<String, String> phrases;
    private final Map<String, String> memo = new HashMap<>();
    private final Map<String, String> arguments = new HashMap<>();
    /** Texts read as a {@link #VERBATIM} message: that reading stands, it is not weighed against a list reading. */
    private final Set<String> verbatim = new java.util.HashSet<>();

    private DomainTexts(Language language, Map<String, String> phrases) {
        this.language = language;
        this.phrases = phrases;
    }

    /** Texts in {@code language}, codes named by the report labels. */
    public static DomainTexts of(Language language) {
        return of(language, List.of());
    }

    /** Texts in {@code language}; {@code catalogueLabels} also name catalogue entries (areas, topics, harms…). */
    public static DomainTexts of(Language language, List<Label> catalogueLabels) {
        Objects.requireNonNull(language, "language");
        Map<String, String> phrases = new HashMap<>();
        if (language == Language.JA) {
            Labels labels = Labels.of(language);
            for (Class<? extends Enum<?>> type : Labels.LABELLED_ENUMS) {
                for (Enum<?> constant : type.getEnumConstants()) {
                    phrases.putIfAbsent(constant.name(), labels.of(constant));
                    phrases.putIfAbsent(constant.name().toLowerCase(Locale.ROOT), labels.of(constant));
                }
            }
            phrases.put(org.citygov.domain.catalogue.CityGovDefaults.LABEL, labels.get("text.cityGovDefault"));
            // the recipients of an incident's notifications other than participants (MARKET.md codes)
            phrases.put("PPC", labels.get("text.recipient.PPC"));
            phrases.put("SUBJECTS", labels.get("text.recipient.SUBJECTS"));
            for (Label label : catalogueLabels) {
                phrases.put(label.en(), label.ja());
                phrases.put(label.en().toLowerCase(Locale.ROOT), label.ja());
            }
        }
        return new DomainTexts(language, Map.copyOf(phrases));
    }

    /**
     * Texts in {@code language}, naming the entries of {@code edition} with its own labels, by their English label
     * and by their code (focal points, harms, stakeholder categories, engagement formats and methods).
     */
    public static DomainTexts of(Language language, CatalogueEdition edition) {
        List<Label> labels = new ArrayList<>();
        edition.lawAreas().forEach(a -> labels.add(a.label()));
        edition.softLawTopics().forEach(t -> labels.add(t.label()));
        edition.privacyHarms().forEach(h -> labels.add(h.label()));
        edition.focalPoints().forEach(f -> labels.add(f.label()));
        DomainTexts texts = of(language, labels);
        if (language == Language.EN) {
            return texts;
        }
        Map<String, String> phrases = new HashMap<>(texts.phrases);
        edition.focalPoints().forEach(f -> phrases.put(f.code().name(), f.label().ja()));
        edition.privacyHarms().forEach(h -> phrases.put(h.code().name(), h.label().ja()));
        edition.stakeholderCategories().forEach(c -> phrases.put(c.code().name(), c.label().ja()));
        edition.engagementFormats().forEach(f -> phrases.put(f.code().name(), f.label().ja()));
        edition.engagementMethods().forEach(m -> phrases.put(m.code().name(), m.label().ja()));
        return new DomainTexts(language, Map.copyOf(phrases));
    }

    public Language language() {
        return language;
    }

    /** The text in this language: English as the domain wrote it, or its Japanese rendering. */
    public String text(String english) {
        if (language == Language.EN || english == null || english.isEmpty()) {
            return english;
        }
        String translated = message(english, 0);
        // a text that only a pattern made of arguments and punctuation fits ("{0}: {1}") is no sentence of ours
        return translated != null && latin(translated) < latin(english) ? translated : english;
    }

    /**
     * A text made of sentences written one after the other ("… data. Every provider …"), each rendered on its own
     * ({@link #text}); for fields the domain composes of several messages, such as a platform's liability explanation.
     */
    public String sentences(String english) {
        if (language == Language.EN || english == null || english.isEmpty()) {
            return english;
        }
        String[] parts = SENTENCE_BOUNDARY.split(english);
        if (parts.length == 1) {
            return text(english);
        }
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            out.append(text(part));
        }
        return out.toString();
    }

    /** A guideline reference ("5.3 (2), appendix: exposure", "Table 5-4") in this language. */
    public String reference(String english) {
        if (language == Language.EN || english == null) {
            return english;
        }
        String translated = argument(english, 0);
        return translated;
    }

    /**
     * The name of a code in this language: in English the code itself (the contract's word, as the English text
     * output has always printed it); in Japanese its label ({@link Labels}) or, for a texts made with an edition, the
     * edition's label of a catalogue code. A code with neither stays as it is.
     */
    public String code(Enum<?> value) {
        return language == Language.EN ? value.name() : phrases.getOrDefault(value.name(), value.name());
    }

    /** Every text of a list in this language. */
    public List<String> texts(List<String> english) {
        return english.stream().map(this::text).toList();
    }

    /**
     * Messages whose arguments are what the user typed or has to type (the codes an enumeration accepts): they stay
     * as written, so that a Japanese reader sees the codes to write, not their Japanese names.
     */
    private static final Set<String> VERBATIM = Set.of("input.notOneOf", "input.oneOf");

    /** Whether {@code english} is the text of some message of the bundle. */
    public static boolean isMessage(String english) {
        return ENTRIES.stream().anyMatch(e -> e.reluctant.matcher(english).matches());
    }

    private String message(String text, int depth) {
        String known = memo.get(text);
        if (known != null) {
            return known;
        }
        if (depth > MAX_DEPTH) {
            return null;
        }
        // A text that ends with a clause ("…; data flow f2") is that clause appended to the rest, read from the right:
        // the split is at the clause's last "; " and is not weighed against other readings, in which an argument at
        // the end of the rest could swallow the clause and render it inside the rest's sentence.
        for (Clause clause : CLAUSES) {
            Matcher matcher = clause.pattern().matcher(text);
            if (matcher.matches()) {
                String rendered = new MessageFormat(clause.entry().japanese(), language.locale()).format(new Object[] {
                        argument(matcher.group("a0"), depth + 1), argument(matcher.group("a1"), depth + 1)});
                memo.put(text, rendered);
                return rendered;
            }
        }
        String best = null;
        int bestScore = Integer.MAX_VALUE;
        boolean bestVerbatim = false;
        for (Entry entry : ENTRIES) {
            if (!text.startsWith(entry.prefix) || !text.endsWith(entry.suffix)) {
                continue;
            }
            for (Pattern reading : List.of(entry.reluctant, entry.greedy, entry.balanced)) {
                Matcher matcher = reading.matcher(text);
                if (!matcher.matches()) {
                    continue;
                }
                Object[] arguments = new Object[entry.arguments];
                boolean prose = false;
                for (int i = 0; i < entry.arguments; i++) {
                    // a pattern may leave an argument out (MessageFormat allows it): no group, nothing to render
                    String group = entry.indices.contains(i) ? matcher.group("a" + i) : null;
                    arguments[i] = group == null ? "" : VERBATIM.contains(entry.key) ? group : argument(group, depth + 1);
                    prose |= group != null && group.equals(arguments[i]) && PROSE.matcher(group).find();
                }
                if (entry.literalLatin < MIN_LATIN && prose) {
                    // "{0} on {1}" fits a user's own "record exercises done on the tablets": a pattern of a word or
                    // two is no reading of a text whose arguments are English words left as they were
                    continue;
                }
                String rendered = new MessageFormat(entry.japanese, language.locale()).format(arguments);
                int score = latin(rendered);
                if (score < bestScore) {
                    best = rendered;
                    bestScore = score;
                    bestVerbatim = VERBATIM.contains(entry.key);
                }
            }
            if (bestScore == 0) {
                break;
            }
        }
        if (best != null) {
            memo.put(text, best);
            if (bestVerbatim) {
                verbatim.add(text);
            }
        }
        return best;
    }

    private String argument(String text, int depth) {
        String phrase = phrases.get(text);
        if (phrase != null) {
            return phrase;
        }
        String known = arguments.get(text);
        if (known != null) {
            return known;
        }
        // a text may read as one message, or as a list of messages and codes: keep the reading with least English
        String best = message(text, depth);
        if (best != null && verbatim.contains(text)) {
            // "one of PERMIT, DENY": the codes to write, not a list of things to name in Japanese
            arguments.put(text, best);
            return best;
        }
        String listed = list(text, depth);
        if (listed != null && (best == null || latin(listed) < latin(best))) {
            best = listed;
        }
        String referenced = references(text);
        if (best == null || !referenced.equals(text) && latin(referenced) < latin(best)) {
            best = referenced;
        }
        arguments.put(text, best);
        return best;
    }

    private String list(String text, int depth) {
        if (text.length() > 2 && text.startsWith("[") && text.endsWith("]")) {
            // a list as Java writes it ("[HEALTH_AND_WELFARE, MEDICAL_CARE]"): its items in turn, in Japanese brackets
            String items = text.substring(1, text.length() - 1);
            String inner = argument(items, depth + 1);
            return inner.equals(items) ? null : "［" + inner + "］";
        }
        String[] cautions = CAUTION_BOUNDARY.split(text);
        if (cautions.length > 1) {
            List<String> translated = new ArrayList<>();
            for (String caution : cautions) {
                translated.add(argument(caution, depth + 1));
            }
            return String.join("", translated);
        }
        for (String separator : SEPARATORS) {
            if (text.contains(separator)) {
                String[] parts = text.split(Pattern.quote(separator), -1);
                List<String> translated = new ArrayList<>();
                boolean changed = false;
                for (String part : parts) {
                    String t = argument(part, depth + 1);
                    changed |= !t.equals(part);
                    translated.add(t);
                }
                if (changed) {
                    return String.join(LIST_JOINS.get(separator), translated);
                }
            }
        }
        return null;
    }

    /** Guideline references: "Table 5-2" → "表5-2", "Fig. 4-3" → "図4-3", "appendix" → "別添", "note 17" → "注17". */
    private String references(String text) {
        Matcher appendix = APPENDIX.matcher(text);
        if (appendix.matches() && phrases.containsKey(appendix.group(1))) {
            return "別添：" + phrases.get(appendix.group(1));
        }
        return text.replaceAll("\\bTable (\\d)", "表$1").replaceAll("\\bFig\\. (\\d)", "図$1")
                .replaceAll("\\bappendix: ", "別添：").replaceAll("\\bnote (\\d)", "注$1")
                .replaceAll("\\bArt\\. (\\d+)", "第$1条");
    }

    private static int latin(String text) {
        Matcher m = LATIN.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** A clause entry, with the expression that keeps "; " out of its last argument. */
    private record Clause(Entry entry, Pattern pattern) {
    }

    /** An id as a clause names it: a flow, a consent, an obligation ("DELETE_AFTER(30)"), a rule ("r1 v2"). */
    private static final String ID = "[^\\s;,]+(?: v\\d+)?";

    private static List<Clause> clauses() {
        List<Clause> clauses = new ArrayList<>();
        for (String family : FAMILIES) {
            Properties english = load(family.replace('.', '/') + ".properties");
            for (Entry entry : ENTRIES) {
                String pattern = english.getProperty(entry.key());
                if (pattern == null) {
                    continue;
                }
                List<Object> pieces = pieces(pattern);
                if (pieces.size() == 3 && Integer.valueOf(0).equals(pieces.get(0))
                        && pieces.get(1) instanceof String literal && literal.startsWith("; ")
                        && Integer.valueOf(1).equals(pieces.get(2))) {
                    clauses.add(new Clause(entry, Pattern.compile("(?<a0>.+)" + Pattern.quote(literal)
                            + "(?<a1>" + ID + "(?:, " + ID + ")*)", Pattern.DOTALL)));
                }
            }
        }
        return List.copyOf(clauses);
    }

    /** One message: its English pattern as two regular expressions, and its Japanese pattern. */
    private record Entry(String key, Pattern reluctant, Pattern greedy, Pattern balanced, String prefix, String suffix, int arguments,
                         java.util.Set<Integer> indices, String japanese, int literalLength, int literalLatin) {
    }

    private static List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (String family : FAMILIES) {
            Properties english = load(family.replace('.', '/') + ".properties");
            Properties japanese = load(family.replace('.', '/') + "_ja.properties");
            for (String key : english.stringPropertyNames()) {
                String ja = japanese.getProperty(key);
                if (ja == null) {
                    continue; // the bundle test fails on it; render English meanwhile
                }
                entries.add(entry(key, english.getProperty(key), ja));
            }
        }
        // the most specific patterns first: more literal text, then fewer arguments
        entries.sort(Comparator.comparingInt(Entry::literalLength).reversed()
                .thenComparingInt(Entry::arguments).thenComparing(Entry::key));
        return List.copyOf(entries);
    }

    static Entry entry(String key, String pattern, String japanese) {
        List<Object> pieces = pieces(pattern);
        StringBuilder reluctant = new StringBuilder();
        StringBuilder greedy = new StringBuilder();
        StringBuilder balanced = new StringBuilder();
        Map<Integer, Boolean> seen = new LinkedHashMap<>();
        int literal = 0;
        int literalLatin = 0;
        int arguments = 0;
        String prefix = pieces.isEmpty() || !(pieces.get(0) instanceof String s) ? "" : s;
        String suffix = pieces.isEmpty() || !(pieces.get(pieces.size() - 1) instanceof String e) ? "" : e;
        for (Object piece : pieces) {
            if (piece instanceof String text) {
                reluctant.append(Pattern.quote(text));
                greedy.append(Pattern.quote(text));
                balanced.append(Pattern.quote(text));
                literal += text.length();
                literalLatin += latin(text);
            } else {
                int index = (Integer) piece;
                arguments = Math.max(arguments, index + 1);
                if (seen.containsKey(index)) {
                    reluctant.append("\\k<a").append(index).append('>');
                    greedy.append("\\k<a").append(index).append('>');
                    balanced.append("\\k<a").append(index).append('>');
                } else {
                    seen.put(index, true);
                    reluctant.append("(?<a").append(index).append(">.+?)");
                    greedy.append("(?<a").append(index).append(">.+)");
                    balanced.append("(?<a").append(index).append('>').append(BALANCED).append(')');
                }
            }
        }
        return new Entry(key, Pattern.compile(reluctant.toString(), Pattern.DOTALL),
                Pattern.compile(greedy.toString(), Pattern.DOTALL), Pattern.compile(balanced.toString(), Pattern.DOTALL),
                prefix, suffix, arguments,
                java.util.Set.copyOf(seen.keySet()), japanese, literal, literalLatin);
    }

    /** A MessageFormat pattern as literal texts and argument indices ({@code ''} is a quote; no quoted sections). */
    static List<Object> pieces(String pattern) {
        List<Object> pieces = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                text.append('\'');
                i++;
            } else if (c == '{') {
                int end = pattern.indexOf('}', i);
                if (!text.isEmpty()) {
                    pieces.add(text.toString());
                    text.setLength(0);
                }
                pieces.add(Integer.parseInt(pattern.substring(i + 1, end).trim()));
                i = end;
            } else {
                text.append(c);
            }
        }
        if (!text.isEmpty()) {
            pieces.add(text.toString());
        }
        return pieces;
    }

    private static Properties load(String file) {
        return BundleFiles.load(file);
    }
}
