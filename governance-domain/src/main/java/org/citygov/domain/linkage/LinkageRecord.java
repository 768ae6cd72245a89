package org.citygov.domain.linkage;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.data.DataFlowId;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.stakeholder.StakeholderId;

/**
 * What the linkage log records: a decision on a request, or a transfer made under a permitting decision (which it
 * names by its log sequence number). Its {@link #canonical()} text is what the log hashes, so it is written in one
 * fixed order with every value percent-encoded, and read back by {@link #parse}.
 */
public record LinkageRecord(
        Kind kind,
        Instant at,
        LinkageRequest request,
        Decision.Outcome outcome,
        List<Obligation> obligations,
        Optional<DataFlowId> flow,
        List<RuleRef> rules,
        List<ConsentId> consents,
        String reason,
        OptionalLong decisionSequence) implements LogRecord {

    public enum Kind { DECISION, TRANSFER }

    /** The format line of a linkage record's canonical text. */
    public static final String FORMAT = "citygov-linkage/1";

    public LinkageRecord {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(outcome, "outcome");
        obligations = List.copyOf(obligations);
        Objects.requireNonNull(flow, "flow");
        rules = List.copyOf(rules);
        consents = List.copyOf(consents);
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(decisionSequence, "decisionSequence");
        if ((kind == Kind.TRANSFER) != decisionSequence.isPresent()) {
            throw new IllegalArgumentException("a transfer, and only a transfer, names the decision it rests on");
        }
    }

    public static LinkageRecord decision(LinkageRequest request, Decision decision, Instant at) {
        return new LinkageRecord(Kind.DECISION, at, request, decision.outcome(), decision.obligations(),
                decision.flow(), decision.rules(), decision.consents(), decision.explanation(), OptionalLong.empty());
    }

    /** A transfer under the decision logged at {@code decisionSequence}. */
    public static LinkageRecord transfer(LinkageRecord decision, long decisionSequence, Instant at) {
        if (decision.kind != Kind.DECISION || decision.outcome != Decision.Outcome.PERMIT) {
            throw new IllegalArgumentException("a transfer rests on a permitting decision");
        }
        return new LinkageRecord(Kind.TRANSFER, at, decision.request, decision.outcome, decision.obligations,
                decision.flow, decision.rules, decision.consents, "transfer under decision " + decisionSequence,
                OptionalLong.of(decisionSequence));
    }

    /** Whether a log entry's text is a linkage record (and not another kind of {@link LogRecord}). */
    public static boolean isLinkageRecord(String canonical) {
        return FORMAT.equals(LogRecord.formatOf(canonical));
    }

    @Override
    public Optional<SubjectId> subject() {
        return request.subject();
    }

    /** The text the log hashes: {@code key=value} lines in a fixed order, values percent-encoded. */
    @Override
    public String canonical() {
        StringBuilder text = new StringBuilder(256).append(FORMAT).append('\n');
        line(text, "kind", kind.name());
        line(text, "at", at.toString());
        line(text, "project", request.project().value());
        line(text, "party", request.party().value());
        line(text, "role", request.role().orElse(""));
        line(text, "asset", request.asset().value());
        line(text, "purpose", request.purpose().name());
        line(text, "subject", request.subject().map(SubjectId::value).orElse(""));
        line(text, "fields", list(request.fields().stream().sorted().toList(), Function.identity()));
        line(text, "outcome", outcome.name());
        line(text, "obligations", list(obligations, Obligation::toString));
        line(text, "flow", flow.map(DataFlowId::value).orElse(""));
        line(text, "rules", list(rules, RuleRef::toString));
        line(text, "consents", list(consents, ConsentId::value));
        line(text, "reason", reason);
        line(text, "decision", decisionSequence.isPresent() ? Long.toString(decisionSequence.getAsLong()) : "");
        return text.toString();
    }

    /**
     * The subject a record's canonical text names (its {@code subject} line, decoded), without parsing the rest: for
     * checking a store's subject index against the hashed text. Empty when the line is empty or missing.
     */
    public static Optional<String> subjectOf(String canonical) {
        String key = "\nsubject=";
        int start = canonical.indexOf(key);
        if (start < 0) {
            return Optional.empty();
        }
        start += key.length();
        int end = canonical.indexOf('\n', start);
        String value = canonical.substring(start, end < 0 ? canonical.length() : end);
        return value.isEmpty() ? Optional.empty() : Optional.of(decode(value));
    }

    public static LinkageRecord parse(String canonical) {
        String[] lines = canonical.split("\n");
        if (lines.length == 0 || !lines[0].equals(FORMAT)) {
            throw new IllegalArgumentException("not a " + FORMAT + " record");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Arrays.asList(lines).subList(1, lines.length)) {
            int eq = line.indexOf('=');
            values.put(line.substring(0, eq), decode(line.substring(eq + 1)));
        }
        LinkageRequest request = new LinkageRequest(ProjectId.of(values.get("project")),
                StakeholderId.of(values.get("party")), optional(values.get("role")),
                DataAssetId.of(values.get("asset")), PurposeKind.valueOf(values.get("purpose")),
                optional(values.get("subject")).map(SubjectId::of),
                java.util.Set.copyOf(items(values.get("fields"))));
        String decision = values.get("decision");
        return new LinkageRecord(Kind.valueOf(values.get("kind")), Instant.parse(values.get("at")), request,
                Decision.Outcome.valueOf(values.get("outcome")),
                items(values.get("obligations")).stream().map(Obligation::parse).toList(),
                optional(values.get("flow")).map(DataFlowId::of),
                items(values.get("rules")).stream().map(RuleRef::parse).toList(),
                items(values.get("consents")).stream().map(ConsentId::new).toList(), values.get("reason"),
                decision.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(decision)));
    }

    private static void line(StringBuilder text, String key, String value) {
        text.append(key).append('=');
        encode(text, value);
        text.append('\n');
    }

    private static <T> String list(List<T> values, Function<T, String> show) {
        if (values.isEmpty()) {
            return "";
        }
        StringBuilder joined = new StringBuilder(16 * values.size());
        for (T value : values) {
            if (!joined.isEmpty()) {
                joined.append(',');
            }
            encode(joined, show.apply(value));
        }
        return joined.toString();
    }

    /**
     * Appends {@code value} as {@link URLEncoder#encode(String, java.nio.charset.Charset)} in UTF-8 writes it — the
     * hashed text's format — without its per-call encoder for the usual all-ASCII value: letters, digits and
     * {@code . - * _} unchanged, a space as {@code +}, every other ASCII character as {@code %XX} (upper-case hex).
     * A value with any non-ASCII character is left to URLEncoder itself, so the text is the same byte for byte.
     */
    static void encode(StringBuilder text, String value) {
        int length = value.length();
        for (int i = 0; i < length; i++) {
            if (value.charAt(i) >= 0x80) {
                text.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                return;
            }
        }
        int run = 0; // start of the run of characters kept as they are, appended in one piece
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (KEPT[c]) {
                continue;
            }
            text.append(value, run, i);
            if (c == ' ') {
                text.append('+');
            } else {
                text.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
            run = i + 1;
        }
        text.append(value, run, length);
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** The ASCII characters URLEncoder keeps: letters, digits and {@code . - * _}. */
    private static final boolean[] KEPT = new boolean[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            KEPT[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
                    || c == '-' || c == '*' || c == '_';
        }
    }

    private static List<String> items(String value) {
        return value.isEmpty() ? List.of()
                : Arrays.stream(value.split(",")).map(LinkageRecord::decode).toList();
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static Optional<String> optional(String value) {
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
