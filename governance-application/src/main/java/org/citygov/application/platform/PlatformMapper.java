package org.citygov.application.platform;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

import org.citygov.application.input.Lines;
import org.citygov.application.input.Problem;
import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.platform.Agreement;
import org.citygov.domain.platform.AgreementId;
import org.citygov.domain.platform.DataMarket;
import org.citygov.domain.platform.Incident;
import org.citygov.domain.platform.IncidentId;
import org.citygov.domain.platform.Offer;
import org.citygov.domain.platform.OfferId;
import org.citygov.domain.platform.OfferSource;
import org.citygov.domain.platform.Participant;
import org.citygov.domain.platform.ParticipantId;
import org.citygov.domain.platform.Platform;
import org.citygov.domain.platform.PlatformId;
import org.citygov.domain.platform.SecurityPosture;
import org.citygov.domain.platform.TermsAcceptance;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.shared.Result;

/**
 * From a checked {@link PlatformDocument} to the domain's {@link DataMarket}. The document has passed Bean Validation,
 * so the domain's value checks hold; left to report here are values listed twice, then the market's consistency
 * ({@link DataMarket#create}), each problem with its path and line.
 */
final class PlatformMapper {

    private PlatformMapper() {
    }

    static Optional<DataMarket> toMarket(PlatformDocument doc, Lines lines, List<Problem> problems) {
        int before = problems.size();
        noRepeats("platform.criticalServices", doc.platform().criticalServices(), lines, problems);
        for (int i = 0; i < doc.participants().size(); i++) {
            PlatformDocument.Participant p = doc.participants().get(i);
            noRepeats("participants[" + i + "].roles", p.roles(), lines, problems);
            noRepeats("participants[" + i + "].security.certifications", orEmpty(p.security().certifications()),
                    lines, problems);
        }
        for (int i = 0; i < doc.offers().size(); i++) {
            noRepeats(doc.offers().get(i), "offers[" + i + "].", lines, problems);
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        Result<DataMarket> market = DataMarket.create(platform(doc.platform()),
                doc.participants().stream().map(PlatformMapper::participant).toList(),
                doc.offers().stream().map(PlatformMapper::offer).toList(),
                orEmpty(doc.agreements()).stream().map(PlatformMapper::agreement).toList(),
                orEmpty(doc.incidents()).stream().map(PlatformMapper::incident).toList())
                .flatMap(m -> m.withSources(orEmpty(doc.sources()).stream().map(src -> new OfferSource(
                        OfferId.of(src.offer()), ProjectId.of(src.project()), DataAssetId.of(src.asset()))).toList()));
        return switch (market) {
            case Result.Success<DataMarket> success -> Optional.of(success.value());
            case Result.Failure<DataMarket> failure -> {
                failure.violations().forEach(v -> problems.add(lines.problem(v.path(), v.message())));
                yield Optional.empty();
            }
        };
    }

    /** Values listed twice in an offer, its fields' paths after {@code at} ("" or "offers[i]."). */
    static void noRepeats(PlatformDocument.Offer o, String at, Lines lines, List<Problem> problems) {
        noRepeats(at + "categories", o.categories(), lines, problems);
        noRepeats(at + "declarations", o.declarations(), lines, problems);
        noRepeats(at + "terms.purposes", o.terms().purposes(), lines, problems);
        noRepeats(at + "terms.prohibited", o.terms().prohibited(), lines, problems);
    }

    static Platform platform(PlatformDocument.Platform p) {
        return new Platform(PlatformId.of(p.id()), p.name(), ParticipantId.of(p.operator()), p.design(),
                Set.copyOf(p.criticalServices()), p.termsVersion(), p.incidentReportHours(), p.responseTeam(),
                p.monitoring());
    }

    static Participant participant(PlatformDocument.Participant p) {
        PlatformDocument.Security s = p.security();
        return new Participant(ParticipantId.of(p.id()), p.name(), p.category(), EnumSet.copyOf(p.roles()),
                Optional.ofNullable(p.termsAccepted()).map(t -> new TermsAcceptance(t.version(), t.on())),
                new SecurityPosture(s.authentication(), s.patchWithinDays(), s.accessLogging(),
                        s.incidentReportHours(), Optional.ofNullable(s.trainedOn()),
                        Set.copyOf(orEmpty(s.certifications()))));
    }

    static Offer offer(PlatformDocument.Offer o) {
        PlatformDocument.Terms t = o.terms();
        PlatformDocument.Price price = o.licence().price();
        return new Offer(OfferId.of(o.id()), o.title(), ParticipantId.of(o.provider()), Set.copyOf(o.categories()),
                o.subject(), Optional.ofNullable(o.identifiability()), o.specialCare(), o.personalDataBasis(),
                o.anonymizationPublished(),
                new Offer.Content(o.content().source(), o.content().thirdPartyRights(), o.content().userGenerated()),
                Set.copyOf(o.declarations()), o.hosting(), o.delivery(),
                new Offer.Licence(o.licence().kind(), o.licence().id(),
                        new Offer.Price(price.amount(), price.currency(), price.per())),
                new Offer.Terms(Set.copyOf(t.purposes()), Set.copyOf(t.prohibited()),
                        t.retentionDays() == null ? OptionalInt.empty() : OptionalInt.of(t.retentionDays()),
                        t.minimumAuthentication()));
    }

    static Agreement agreement(PlatformDocument.Agreement a) {
        return new Agreement(AgreementId.of(a.id()), OfferId.of(a.offer()), ParticipantId.of(a.user()), a.purpose(),
                a.on(), a.termsVersion());
    }

    static Incident incident(PlatformDocument.Incident i) {
        return new Incident(IncidentId.of(i.id()), i.kind(), ParticipantId.of(i.at()), i.detectedAt().toInstant(),
                i.detectedBy(), i.offers().stream().map(OfferId::of).toList(),
                i.personsAffected() == null ? OptionalLong.empty() : OptionalLong.of(i.personsAffected()),
                i.malicious(),
                i.events().stream().map(e -> new Incident.StatusEvent(e.status(), e.at().toInstant())).toList(),
                i.notifications().stream().map(n -> new Incident.Notification(Incident.Recipient.parse(n.to()),
                        n.kind(), n.at().toInstant())).toList());
    }

    private static void noRepeats(String path, List<?> values, Lines lines, List<Problem> problems) {
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            if (!seen.add(values.get(i))) {
                problems.add(lines.problem(path + "[" + i + "]", values.get(i) + " is listed twice"));
            }
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
