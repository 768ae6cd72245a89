package org.citygov.adapter.rest;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citygov.application.platform.PlatformAssessmentDocument.FindingEntry;
import org.citygov.application.report.Nullable;
import org.citygov.application.platform.PlatformDocument;
import org.citygov.application.platform.PlatformWriter;
import org.citygov.application.port.in.ConcludeAgreements;
import org.citygov.application.port.in.TracePlatformLog;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.platform.PlatformAuditEntry;
import org.citygov.domain.platform.Authentication;
import org.citygov.domain.platform.DeliveryDecision;
import org.citygov.domain.platform.Finding;
import org.citygov.domain.platform.ListingStatus;
import org.citygov.domain.platform.Offer;
import org.citygov.domain.platform.PlatformDesign;
import org.citygov.domain.platform.PlatformLogRecord;
import org.citygov.domain.platform.Prohibition;
import org.citygov.domain.platform.RegisteredPlatform;
import org.citygov.domain.shared.Ids;

/**
 * What the platform routes send and receive. A stored platform is its {@code citygov-platform/1} document as
 * {@code citygov platform} reads it, with its id, version and withdrawn offers beside it; offers and agreements are in
 * the document's shapes. The API document's schemas are made from these records ({@link SchemaGenerator}).
 */
final class PlatformRepresentations {

    private static final PlatformWriter WRITER = new PlatformWriter();

    private PlatformRepresentations() {
    }

    static FindingEntry finding(Finding f) {
        return new FindingEntry(f.code().code(), f.severity().name(), f.subject(), f.text(), f.basis());
    }

    static List<FindingEntry> entries(List<Finding> findings) {
        return findings.stream().map(PlatformRepresentations::finding).toList();
    }

    /** An offer taken off the listing: when and by whom. */
    record WithdrawnOffer(String offer, Instant at, String by) {
    }

    /** A stored platform: its document, and beside it its version and the offers withdrawn from its listing. */
    record StoredPlatform(String id, long version, PlatformDocument document, List<WithdrawnOffer> withdrawn) {
        static StoredPlatform of(RegisteredPlatform p) {
            return new StoredPlatform(p.id().value(), p.version(), WRITER.document(p.market()),
                    p.withdrawals().stream().map(w -> new WithdrawnOffer(w.offer().value(), w.at(), w.by().name()))
                            .toList());
        }
    }

    /** A platform in a list. */
    record PlatformSummary(String id, String name, String operator, PlatformDesign design, long version,
                           int offers, int agreements) {
        static PlatformSummary of(RegisteredPlatform p) {
            return new PlatformSummary(p.id().value(), p.market().platform().name(),
                    p.market().platform().operator().value(), p.market().platform().design(), p.version(),
                    p.market().offers().size(), p.market().agreements().size());
        }
    }

    record PlatformSummaryPage(List<PlatformSummary> items, int offset, int limit, int total) {
    }

    /**
     * An offer and where it stands today: {@code listed} when not withdrawn and not REFUSED by the screening;
     * {@code status} and {@code findings} are the screening's; {@code withdrawn} is null unless it was withdrawn.
     */
    record OfferItem(PlatformDocument.Offer offer, boolean listed, ListingStatus status, List<FindingEntry> findings,
                     @Nullable WithdrawnOffer withdrawn) {
        static OfferItem of(RegisteredPlatform.OfferStanding s) {
            return new OfferItem(PlatformWriter.offer(s.offer()), s.listed(), s.listing().status(),
                    entries(s.listing().findings()), s.withdrawal().map(w -> new WithdrawnOffer(w.offer().value(),
                    w.at(), w.by().name())).orElse(null));
        }
    }

    /** A page of a platform's offers; {@code version} is the platform's (its ETag is {@code "<id>-v<version>"}). */
    record OfferPage(String platform, long version, List<OfferItem> items, int offset, int limit, int total) {
    }

    /** A page of a platform's agreements, in the document's shape. */
    record AgreementPage(String platform, long version, List<PlatformDocument.Agreement> items, int offset, int limit,
                         int total) {
    }

    /** One save of a platform: who, when, what. */
    record HistoryEntry(long version, String actor, Instant at, String summary) {
        static HistoryEntry of(PlatformAuditEntry e) {
            return new HistoryEntry(e.version(), e.actor().name(), e.at(), e.summary());
        }
    }

    record HistoryPage(List<HistoryEntry> items, int offset, int limit, int total) {
    }

    /**
     * An agreement asked for: {@code user} uses {@code offer} for {@code purpose}. The platform dates it today and
     * names its current terms version.
     */
    record AgreementRequest(
            @NotNull @Pattern(regexp = Ids.KEBAB_CASE_REGEX, message = PLATFORM_KEBAB) @Size(max = Ids.MAX_ID_LENGTH)
            String id,
            @NotNull @Pattern(regexp = Ids.KEBAB_CASE_REGEX, message = PLATFORM_KEBAB) @Size(max = Ids.MAX_ID_LENGTH)
            String offer,
            @NotNull @Pattern(regexp = Ids.KEBAB_CASE_REGEX, message = PLATFORM_KEBAB) @Size(max = Ids.MAX_ID_LENGTH)
            String user,
            @NotNull PurposeKind purpose) {
    }

    static final String PLATFORM_KEBAB = "must be kebab-case: lower-case letters and digits joined by single hyphens";

    /** An agreement concluded: as the document holds it, its review's findings (warnings only), its log entry. */
    record ConcludedAgreement(PlatformDocument.Agreement agreement, List<FindingEntry> findings, long sequence) {
        static ConcludedAgreement of(ConcludeAgreements.Outcome.Concluded c) {
            return new ConcludedAgreement(PlatformWriter.agreement(c.agreement()), entries(c.review().findings()),
                    c.sequence());
        }
    }

    /** A decision on a delivery, and the log entry that records it. */
    record Delivery(String agreement, String offer, String user, PurposeKind purpose,
                    PlatformLogRecord.Outcome outcome, List<String> refusals, List<FindingEntry> findings,
                    String explanation, long sequence) {
        static Delivery of(ConcludeAgreements.Delivery d) {
            DeliveryDecision decision = d.decision();
            return new Delivery(decision.agreement().id().value(), decision.offer().id().value(),
                    decision.agreement().user().value(), decision.agreement().purpose(),
                    decision.permitted() ? PlatformLogRecord.Outcome.PERMIT : PlatformLogRecord.Outcome.DENY,
                    decision.refusals(), entries(decision.findings()), decision.explanation(), d.sequence());
        }
    }

    /** The licence and price in force when an entry was logged. */
    record LoggedLicence(Offer.Licence.Kind kind, String id, java.math.BigDecimal amount, String currency,
                         Offer.Price.Per per) {
    }

    /** The terms of use in force when an entry was logged; {@code retentionDays} null when unlimited. */
    record LoggedTerms(List<PurposeKind> purposes, List<Prohibition> prohibited, @Nullable Integer retentionDays,
                       Authentication minimumAuthentication) {
    }

    /**
     * A platform's entry in the linkage log: who received whose data under which terms. {@code sequence} and
     * {@code leafHash} locate it in the signed tree ({@code …/log-entries/{seq}/proof}).
     */
    record LogEntryItem(long sequence, String leafHash, PlatformLogRecord.Kind kind, Instant at, String offer,
                        String provider, String user, String agreement, PurposeKind purpose,
                        PlatformLogRecord.Outcome outcome, String termsVersion, LoggedLicence licence,
                        LoggedTerms terms, Offer.Delivery delivery, List<String> findings, String actor,
                        String reason) {
        static LogEntryItem of(TracePlatformLog.Traced t) {
            PlatformLogRecord r = t.record();
            Offer.Terms terms = r.terms();
            return new LogEntryItem(t.entry().sequence(), org.citygov.domain.merkle.Sha256.hex(t.entry().leafHash()),
                    r.kind(), r.at(), r.offer().value(), r.provider().value(), r.user().value(),
                    r.agreement().value(), r.purpose(), r.outcome(), r.termsVersion(),
                    new LoggedLicence(r.licence().kind(), r.licence().id(), r.licence().price().amount(),
                            r.licence().price().currency(), r.licence().price().per()),
                    new LoggedTerms(terms.purposes().stream().sorted().toList(),
                            terms.prohibited().stream().sorted().toList(),
                            terms.retentionDays().isPresent() ? terms.retentionDays().getAsInt() : null,
                            terms.minimumAuthentication()),
                    r.delivery(), r.findings().stream().map(c -> c.code()).toList(), r.actor().name(), r.reason());
        }
    }

    record LogEntryPage(String platform, List<LogEntryItem> items, int offset, int limit, int total) {
    }
}
