package org.citygov.domain.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.stakeholder.StakeholderId;
import org.junit.jupiter.api.Test;

/**
 * The canonical line is what the log hashes: the faster encoder must write it byte for byte as URLEncoder did, or logs
 * written before would no longer verify against records rebuilt the new way.
 */
class LinkageRecordCanonicalTest {

    @Test
    void encode_whenAnyStringIsEncoded_shouldEqualUrlEncoderInUtf8() {
        Random random = new Random(16);
        String awkward = " ,%+=&\n\t/:;?#~'\"\\" + "é日本語" + "\uD83D\uDE00" + "\uD800" + "\uDC00";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder value = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                value.append(switch (random.nextInt(3)) {
                    case 0 -> (char) random.nextInt(128);
                    case 1 -> awkward.charAt(random.nextInt(awkward.length()));
                    default -> (char) ('a' + random.nextInt(26));
                });
            }
            StringBuilder encoded = new StringBuilder();
            LinkageRecord.encode(encoded, value.toString());
            assertEquals(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8), encoded.toString(),
                    "encoding of " + value.chars().mapToObj(Integer::toHexString).toList());
        }
    }

    @Test
    void canonical_whenValuesNeedEncoding_shouldBeTheTextOfTheFormatAndParseBack() {
        LinkageRequest request = new LinkageRequest(ProjectId.of("kashiwanoha-frailty"),
                StakeholderId.of("university"), Optional.of("research lead"), DataAssetId.of("research-dataset"),
                PurposeKind.RESEARCH, Optional.of(SubjectId.of("resident-0042")),
                Set.of("age", "frailty-score", "address, ward", "氏名"));
        LinkageRecord record = new LinkageRecord(LinkageRecord.Kind.DECISION,
                Instant.parse("2026-11-30T02:00:00.123456Z"), request, Decision.Outcome.DENY, List.of(),
                Optional.empty(), List.of(), List.of(new ConsentId("c-1"), new ConsentId("c 2,ü")),
                "no consent: 100% sure, résumé", OptionalLong.empty());

        String canonical = record.canonical();

        assertEquals(referenceCanonical(record), canonical);
        assertEquals(record, LinkageRecord.parse(canonical));
    }

    /** The canonical text as written before the fast encoder, with URLEncoder for every value. */
    private static String referenceCanonical(LinkageRecord r) {
        LinkageRequest q = r.request();
        return LinkageRecord.FORMAT + "\n"
                + line("kind", r.kind().name()) + line("at", r.at().toString())
                + line("project", q.project().value()) + line("party", q.party().value())
                + line("role", q.role().orElse("")) + line("asset", q.asset().value())
                + line("purpose", q.purpose().name())
                + line("subject", q.subject().map(SubjectId::value).orElse(""))
                + line("fields", list(q.fields().stream().sorted().toList(), Function.identity()))
                + line("outcome", r.outcome().name()) + line("obligations", list(r.obligations(), Object::toString))
                + line("flow", r.flow().map(f -> f.value()).orElse("")) + line("rules", list(r.rules(), Object::toString))
                + line("consents", list(r.consents(), ConsentId::value)) + line("reason", r.reason())
                + line("decision", "");
    }

    private static String line(String key, String value) {
        return key + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8) + "\n";
    }

    private static <T> String list(List<T> values, Function<T, String> show) {
        return values.stream().map(v -> URLEncoder.encode(show.apply(v), StandardCharsets.UTF_8))
                .collect(Collectors.joining(","));
    }
}
