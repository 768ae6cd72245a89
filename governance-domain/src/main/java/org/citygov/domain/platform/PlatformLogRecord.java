package org.citygov.domain.platform;

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
import java.util.OptionalInt;
import java.util.stream.Collectors;

import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.linkage.LogRecord;
import org.citygov.domain.linkage.SubjectId;
import org.citygov.domain.project.Actor;
import org.citygov.domain.shared.Ids;

/**
 * What a data platform writes to the tamper-evident linkage log, so that a provider can see who received its data
 * under which terms: every agreement concluded on one of its offers ({@link Kind#AGREEMENT}, outcome CONCLUDED) and
 * every decision on a delivery under an agreement ({@link Kind#DELIVERY}, PERMIT or DENY). Each record carries the
 * terms as they stood at that moment — the platform's terms version, the offer's licence and price, permitted
 * purposes, prohibitions, retention and minimum authentication — the finding codes that were raised, and who acted.
 *
 * <p>Its canonical text ({@value #FORMAT}) is {@code key=value} lines in one fixed order, values percent-encoded,
 * read back by {@link #parse}. It names no data subject (a platform's records are about organisations' data
 * exchanges), so it has no {@code subject=} line and is filed under no subject.
 */
public record PlatformLogRecord(
        Kind kind,
        Instant at,
        PlatformId platform,
        OfferId offer,
        ParticipantId provider,
        ParticipantId user,
        AgreementId agreement,
        PurposeKind purpose,
        Outcome outcome,
        String termsVersion,
        Offer.Licence licence,
        Offer.Terms terms,
        Offer.Delivery delivery,
        List<FindingCode> findings,
        Actor actor,
        String reason) implements LogRecord {

    public static final String FORMAT = "citygov-platform-log/1";

    /** An agreement concluded, or a decision on a delivery. */
    public enum Kind { AGREEMENT, DELIVERY }

    /** CONCLUDED for an agreement; PERMIT or DENY for a delivery. */
    public enum Outcome { CONCLUDED, PERMIT, DENY }

    public PlatformLogRecord {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(offer, "offer");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(outcome, "outcome");
        if ((kind == Kind.AGREEMENT) != (outcome == Outcome.CONCLUDED)) {
            throw new IllegalArgumentException("an agreement is CONCLUDED, a delivery PERMIT or DENY; got " + kind
                    + " " + outcome);
        }
        termsVersion = Ids.requireText(termsVersion, "terms version");
        Objects.requireNonNull(licence, "licence");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(delivery, "delivery");
        findings = List.copyOf(findings);
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reason, "reason");
    }

    /** The record of {@code agreement}, just concluded on {@code offer} of {@code platform} by {@code actor}. */
    public static PlatformLogRecord concluded(Platform platform, Offer offer, Agreement agreement,
                                              AgreementReview review, Instant at, Actor actor) {
        return new PlatformLogRecord(Kind.AGREEMENT, at, platform.id(), offer.id(), offer.provider(), agreement.user(),
                agreement.id(), agreement.purpose(), Outcome.CONCLUDED, agreement.termsVersion(), offer.licence(),
                offer.terms(), offer.delivery(), review.findings().stream().map(Finding::code).toList(), actor,
                "agreement " + agreement.id() + " concluded on " + agreement.on() + " under the terms "
                        + agreement.termsVersion());
    }

    /** The record of a decision on a delivery, asked for by {@code actor}. */
    public static PlatformLogRecord delivery(Platform platform, DeliveryDecision decision, Instant at, Actor actor) {
        Offer offer = decision.offer();
        Agreement agreement = decision.agreement();
        return new PlatformLogRecord(Kind.DELIVERY, at, platform.id(), offer.id(), offer.provider(), agreement.user(),
                agreement.id(), agreement.purpose(), decision.permitted() ? Outcome.PERMIT : Outcome.DENY,
                platform.termsVersion(), offer.licence(), offer.terms(), offer.delivery(),
                decision.findings().stream().map(Finding::code).toList(), actor, decision.explanation());
    }

    /** A platform's records name no data subject. */
    @Override
    public Optional<SubjectId> subject() {
        return Optional.empty();
    }

    /** Whether a log entry's text is a platform record. */
    public static boolean isPlatformRecord(String canonical) {
        return FORMAT.equals(LogRecord.formatOf(canonical));
    }

    @Override
    public String canonical() {
        StringBuilder text = new StringBuilder(512).append(FORMAT).append('\n');
        line(text, "kind", kind.name());
        line(text, "at", at.toString());
        line(text, "platform", platform.value());
        line(text, "offer", offer.value());
        line(text, "provider", provider.value());
        line(text, "user", user.value());
        line(text, "agreement", agreement.value());
        line(text, "purpose", purpose.name());
        line(text, "outcome", outcome.name());
        line(text, "termsVersion", termsVersion);
        line(text, "licence", licence.kind().name() + " " + licence.id());
        line(text, "price", licence.price().amount().toPlainString() + " " + licence.price().currency() + " "
                + licence.price().per().name());
        line(text, "purposes", list(terms.purposes().stream().map(Enum::name).sorted().toList()));
        line(text, "prohibited", list(terms.prohibited().stream().map(Enum::name).sorted().toList()));
        line(text, "retentionDays", terms.retentionDays().isPresent()
                ? Integer.toString(terms.retentionDays().getAsInt()) : "");
        line(text, "minimumAuthentication", terms.minimumAuthentication().name());
        line(text, "delivery", delivery.name());
        line(text, "findings", list(findings.stream().map(FindingCode::code).toList()));
        line(text, "actor", actor.name());
        line(text, "reason", reason);
        return text.toString();
    }

    /** The record a canonical text holds; IllegalArgumentException when it is not one. */
    public static PlatformLogRecord parse(String canonical) {
        String[] lines = canonical.split("\n");
        if (lines.length == 0 || !lines[0].equals(FORMAT)) {
            throw new IllegalArgumentException("not a " + FORMAT + " record");
        }
        Map<String, String> v = new LinkedHashMap<>();
        for (String line : Arrays.asList(lines).subList(1, lines.length)) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("not a " + FORMAT + " record: a line without '='");
            }
            v.put(line.substring(0, eq), URLDecoder.decode(line.substring(eq + 1), StandardCharsets.UTF_8));
        }
        String[] licence = required(v, "licence").split(" ", 2);
        String[] price = required(v, "price").split(" ");
        String retention = required(v, "retentionDays");
        Offer.Terms terms = new Offer.Terms(
                items(required(v, "purposes")).stream().map(PurposeKind::valueOf).collect(Collectors.toSet()),
                items(required(v, "prohibited")).stream().map(Prohibition::valueOf).collect(Collectors.toSet()),
                retention.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(retention)),
                Authentication.valueOf(required(v, "minimumAuthentication")));
        return new PlatformLogRecord(Kind.valueOf(required(v, "kind")), Instant.parse(required(v, "at")),
                PlatformId.of(required(v, "platform")), OfferId.of(required(v, "offer")),
                ParticipantId.of(required(v, "provider")), ParticipantId.of(required(v, "user")),
                AgreementId.of(required(v, "agreement")), PurposeKind.valueOf(required(v, "purpose")),
                Outcome.valueOf(required(v, "outcome")), required(v, "termsVersion"),
                new Offer.Licence(Offer.Licence.Kind.valueOf(licence[0]), licence[1],
                        new Offer.Price(new java.math.BigDecimal(price[0]), price[1], Offer.Price.Per.valueOf(price[2]))),
                terms, Offer.Delivery.valueOf(required(v, "delivery")),
                items(required(v, "findings")).stream().map(FindingCode::of).toList(),
                Actor.of(required(v, "actor")), required(v, "reason"));
    }

    private static String required(Map<String, String> values, String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("not a " + FORMAT + " record: no " + key);
        }
        return value;
    }

    private static void line(StringBuilder text, String key, String value) {
        text.append(key).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('\n');
    }

    private static String list(List<String> values) {
        return String.join(",", values);
    }

    private static List<String> items(String value) {
        return value.isEmpty() ? List.of() : Arrays.asList(value.split(","));
    }
}
