package org.citygov.application.platform;

import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.citygov.domain.platform.Agreement;
import org.citygov.domain.platform.DataMarket;
import org.citygov.domain.platform.Incident;
import org.citygov.domain.platform.Offer;
import org.citygov.domain.platform.Participant;
import org.citygov.domain.platform.Platform;
import org.citygov.domain.platform.SecurityPosture;

/**
 * Writes a market as its {@code citygov-platform/1} document (MARKET.md), the inverse of {@link PlatformLoader}: what
 * a stored platform is kept as and what the API answers, so a platform read back, exported and checked with
 * {@code citygov platform check} is the same platform. Sets are written in the order of their enumerations; instants
 * in UTC.
 */
public final class PlatformWriter {

    private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE).build();

    /** The document of {@code market}. */
    public PlatformDocument document(DataMarket market) {
        return new PlatformDocument(PlatformDocument.FORMAT, platform(market.platform()),
                market.participants().stream().map(PlatformWriter::participant).toList(),
                market.offers().stream().map(PlatformWriter::offer).toList(),
                market.agreements().isEmpty() ? null : market.agreements().stream().map(PlatformWriter::agreement)
                        .toList(),
                market.incidents().isEmpty() ? null : market.incidents().stream().map(PlatformWriter::incident)
                        .toList(),
                market.sources().isEmpty() ? null : market.sources().stream()
                        .map(s -> new PlatformDocument.ProjectSource(s.offer().value(), s.project().value(),
                                s.asset().value()))
                        .toList());
    }

    /** The document as JSON text. */
    public String json(DataMarket market) {
        try {
            return json.writeValueAsString(document(market));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the platform document", e);
        }
    }

    /** One offer in the document's shape. */
    public static PlatformDocument.Offer offer(Offer o) {
        Offer.Terms t = o.terms();
        return new PlatformDocument.Offer(o.id().value(), o.title(), o.provider().value(), sorted(o.categories()),
                o.subject(), o.identifiability().orElse(null), o.specialCare(), o.personalDataBasis(),
                o.anonymizationPublished(), new PlatformDocument.Content(o.content().source(),
                o.content().thirdPartyRights(), o.content().userGenerated()), sorted(o.declarations()), o.hosting(),
                o.delivery(), new PlatformDocument.Licence(o.licence().kind(), o.licence().id(),
                new PlatformDocument.Price(o.licence().price().amount(), o.licence().price().currency(),
                        o.licence().price().per())),
                new PlatformDocument.Terms(sorted(t.purposes()), sorted(t.prohibited()),
                        t.retentionDays().isPresent() ? t.retentionDays().getAsInt() : null,
                        t.minimumAuthentication()));
    }

    /** One agreement in the document's shape. */
    public static PlatformDocument.Agreement agreement(Agreement a) {
        return new PlatformDocument.Agreement(a.id().value(), a.offer().value(), a.user().value(), a.purpose(),
                a.on(), a.termsVersion());
    }

    private static PlatformDocument.Platform platform(Platform p) {
        return new PlatformDocument.Platform(p.id().value(), p.name(), p.operator().value(), p.design(),
                sorted(p.criticalServices()), p.termsVersion(), p.incidentReportHours(), p.responseTeam(),
                p.monitoring());
    }

    private static PlatformDocument.Participant participant(Participant p) {
        SecurityPosture s = p.security();
        return new PlatformDocument.Participant(p.id().value(), p.name(), p.category(), sorted(p.roles()),
                p.termsAccepted().map(t -> new PlatformDocument.TermsAccepted(t.version(), t.on())).orElse(null),
                new PlatformDocument.Security(s.authentication(), s.patchWithinDays(), s.accessLogging(),
                        s.incidentReportHours(), s.trainedOn().orElse(null),
                        s.certifications().isEmpty() ? null : sorted(s.certifications())));
    }

    private static PlatformDocument.Incident incident(Incident i) {
        return new PlatformDocument.Incident(i.id().value(), i.kind(), i.at().value(),
                i.detectedAt().atOffset(ZoneOffset.UTC), i.detectedBy(),
                i.offers().stream().map(o -> o.value()).toList(),
                i.personsAffected().isPresent() ? i.personsAffected().getAsLong() : null, i.malicious(),
                i.events().stream().map(e -> new PlatformDocument.Event(e.status(), e.at().atOffset(ZoneOffset.UTC)))
                        .toList(),
                i.notifications().stream().map(n -> new PlatformDocument.Notification(n.to().code(), n.kind(),
                        n.at().atOffset(ZoneOffset.UTC))).toList());
    }

    private static <E extends Enum<E>> List<E> sorted(java.util.Set<E> values) {
        return values.stream().sorted(Comparator.naturalOrder()).toList();
    }
}
