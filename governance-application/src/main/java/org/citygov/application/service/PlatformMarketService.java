package org.citygov.application.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

import org.citygov.application.port.in.AuditLinkageLog;
import org.citygov.application.port.in.Authenticate.Caller;
import org.citygov.application.port.in.ConcludeAgreements;
import org.citygov.application.port.in.ManageOffers;
import org.citygov.application.port.in.RegisterPlatform;
import org.citygov.application.port.in.TracePlatformLog;
import org.citygov.application.port.in.ViewPlatforms;
import org.citygov.application.port.out.Catalogue;
import org.citygov.application.port.out.Clock;
import org.citygov.application.port.out.LinkageLog;
import org.citygov.application.port.out.Platforms;
import org.citygov.domain.access.Role;
import org.citygov.domain.linkage.LogEntry;
import org.citygov.domain.linkage.SignedTreeHead;
import org.citygov.domain.platform.PlatformAuditEntry;
import org.citygov.domain.platform.Agreement;
import org.citygov.domain.platform.AgreementId;
import org.citygov.domain.platform.DataMarket;
import org.citygov.domain.platform.DeliveryDecision;
import org.citygov.domain.platform.MarketRules;
import org.citygov.domain.platform.Offer;
import org.citygov.domain.platform.OfferId;
import org.citygov.domain.platform.ParticipantId;
import org.citygov.domain.platform.ParticipantRole;
import org.citygov.domain.platform.PlatformId;
import org.citygov.domain.platform.PlatformLogRecord;
import org.citygov.domain.platform.RegisteredPlatform;
import org.citygov.domain.platform.RegisteredPlatform.AgreementConclusion;
import org.citygov.domain.platform.RegisteredPlatform.OfferAdmission;
import org.citygov.domain.project.Actor;
import org.citygov.domain.shared.Ids;
import org.citygov.domain.shared.Result;

/**
 * Stored data platforms and their markets: load, let the {@link RegisteredPlatform} decide, log what must be logged,
 * save. Who may do what is checked here (the caller's role and the participant id its token names), so every adapter
 * gets the same answers.
 *
 * <p>Changes of one platform run one at a time in this process. An agreement is saved before it is logged: the
 * version is checked, the platform is saved (optimistically, so a server sharing the database that changed it first
 * makes the save STALE, and then nothing is logged), then the conclusion is appended to the linkage log (durable before
 * the append returns) and indexed. The log never records an agreement that was not stored. Only a store fault between
 * the save and the append leaves a stored agreement whose log entry is missing; the answer is then an error (a store
 * failure, not an acknowledgement), the platform's audit trail holds the conclusion, and the operator sees it.
 */
public final class PlatformMarketService implements RegisterPlatform, ViewPlatforms, ManageOffers,
        ConcludeAgreements, TracePlatformLog {

    private final Platforms platforms;
    private final LinkageLog log;
    private final Catalogue catalogue;
    private final Clock clock;
    private final ConcurrentHashMap<PlatformId, Object> locks = new ConcurrentHashMap<>();

    public PlatformMarketService(Platforms platforms, LinkageLog log, Catalogue catalogue, Clock clock) {
        this.platforms = Objects.requireNonNull(platforms, "platforms");
        this.log = Objects.requireNonNull(log, "log");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    // ---- who the caller is -----------------------------------------------------------------------------------------

    /** The participant id a token names, if its name is one. */
    static Optional<ParticipantId> participant(Caller caller) {
        return Ids.isKebabCase(caller.name()) ? Optional.of(ParticipantId.of(caller.name())) : Optional.empty();
    }

    static boolean is(Caller caller, ParticipantId id) {
        return participant(caller).filter(id::equals).isPresent();
    }

    /** Sees the whole platform: ADMIN, AUDITOR, its operator. */
    static boolean administers(RegisteredPlatform platform, Caller caller) {
        return switch (caller.role()) {
            case ADMIN, AUDITOR -> true;
            case OPERATOR -> participant(caller).filter(platform::operatedBy).isPresent();
            default -> false;
        };
    }

    /** Changes anything on the platform: ADMIN, its operator. */
    static boolean manages(RegisteredPlatform platform, Caller caller) {
        return caller.role() != Role.AUDITOR && administers(platform, caller);
    }

    static boolean visible(RegisteredPlatform platform, Caller caller) {
        return administers(platform, caller) || switch (caller.role()) {
            case PROVIDER -> participant(caller).filter(p -> platform.hasParticipant(p, ParticipantRole.PROVIDER))
                    .isPresent();
            case USER -> participant(caller).filter(p -> platform.hasParticipant(p, ParticipantRole.USER))
                    .isPresent();
            default -> false;
        };
    }

    private Result<RegisteredPlatform> visible(PlatformId id, Caller caller) {
        return platforms.find(id).filter(p -> visible(p, caller)).<Result<RegisteredPlatform>>map(Result::success)
                .orElseGet(() -> Result.notFound("no platform \"" + id + "\""));
    }

    private MarketRules rules() {
        return MarketRules.defaults(catalogue.edition().version());
    }

    private LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, rules().zone());
    }

    // ---- register and view ------------------------------------------------------------------------------------------

    @Override
    public Result<RegisteredPlatform> register(DataMarket market, Caller caller) {
        boolean allowed = caller.role() == Role.ADMIN
                || caller.role() == Role.OPERATOR && is(caller, market.platform().operator());
        if (!allowed) {
            return Result.failure(Result.Reason.FORBIDDEN, "a platform is registered by ADMIN or by its operator ("
                    + market.platform().operator() + "), not by " + caller.role() + " " + caller.name());
        }
        return platforms.save(RegisteredPlatform.create(market), new Platforms.Change(Actor.of(caller.name()),
                clock.now(), "registered the platform with " + market.participants().size() + " participants, "
                + market.offers().size() + " offers and " + market.agreements().size() + " agreements"));
    }

    @Override
    public List<RegisteredPlatform> list(Caller caller) {
        return platforms.all().stream().filter(p -> visible(p, caller)).toList();
    }

    @Override
    public Result<RegisteredPlatform> get(PlatformId id, Caller caller) {
        return visible(id, caller).flatMap(p -> administers(p, caller) ? Result.success(p)
                : Result.failure(Result.Reason.FORBIDDEN, "the whole platform document (participants' security,"
                + " incidents) is for its operator, ADMIN and AUDITOR; read /platforms/" + id + "/offers and /agreements"));
    }

    @Override
    public Result<Offers> offers(PlatformId id, Caller caller) {
        LocalDate on = today(clock.now());
        return visible(id, caller).map(p -> new Offers(p, p.offers(on).stream()
                .filter(s -> administers(p, caller) || s.listed()
                        || caller.role() == Role.PROVIDER && is(caller, s.offer().provider()))
                .toList()));
    }

    @Override
    public Result<Agreements> agreements(PlatformId id, Caller caller) {
        return visible(id, caller).map(p -> new Agreements(p, p.market().agreements().stream()
                .filter(a -> mayFollow(p, a, caller)).toList()));
    }

    /** Whether the caller may see an agreement: the platform's administrators, its user, its offer's provider. */
    private static boolean mayFollow(RegisteredPlatform platform, Agreement agreement, Caller caller) {
        return administers(platform, caller)
                || caller.role() == Role.USER && is(caller, agreement.user())
                || caller.role() == Role.PROVIDER && platform.market().offer(agreement.offer())
                .filter(o -> is(caller, o.provider())).isPresent();
    }

    @Override
    public Result<List<PlatformAuditEntry>> history(PlatformId id, Caller caller) {
        return visible(id, caller).flatMap(p -> administers(p, caller) ? Result.success(platforms.history(id))
                : Result.failure(Result.Reason.FORBIDDEN, "a platform's audit trail is for its operator, ADMIN and"
                + " AUDITOR"));
    }

    // ---- offers -----------------------------------------------------------------------------------------------------

    @Override
    public Result<OfferAdmission> addOffer(PlatformId id, Offer offer, long expectedVersion, Caller caller) {
        return change(id, expectedVersion, caller, platform -> {
            if (!manages(platform, caller) && !(caller.role() == Role.PROVIDER && is(caller, offer.provider()))) {
                return Result.failure(Result.Reason.FORBIDDEN, caller.role() + " " + caller.name() + " may not list"
                        + " an offer of " + offer.provider() + "; a provider lists only its own offers");
            }
            Instant now = clock.now();
            return platform.addOffer(offer, today(now)).flatMap(admission -> switch (admission) {
                case OfferAdmission.Refused refused -> Result.success(refused);
                case OfferAdmission.Admitted admitted -> platforms.save(admitted.platform(), new Platforms.Change(
                                Actor.of(caller.name()), now, "listed offer " + offer.id() + " of " + offer.provider()
                                + " (" + admitted.standing().listing().status() + ")"))
                        .map(saved -> new OfferAdmission.Admitted(saved, admitted.standing()));
            });
        });
    }

    @Override
    public Result<Withdrawn> withdrawOffer(PlatformId id, OfferId offer, long expectedVersion, Caller caller) {
        return change(id, expectedVersion, caller, platform -> {
            Optional<Offer> found = platform.market().offer(offer);
            if (found.isPresent() && !manages(platform, caller)
                    && !(caller.role() == Role.PROVIDER && is(caller, found.get().provider()))) {
                return Result.failure(Result.Reason.FORBIDDEN, caller.role() + " " + caller.name() + " may not"
                        + " withdraw the offer " + offer + " of " + found.get().provider());
            }
            Instant now = clock.now();
            return platform.withdraw(offer, now, Actor.of(caller.name())).flatMap(withdrawn -> platforms.save(
                    withdrawn, new Platforms.Change(Actor.of(caller.name()), now, "withdrew offer " + offer)))
                    .map(saved -> new Withdrawn(saved, saved.offer(offer, today(now)).orElseThrow()));
        });
    }

    // ---- agreements and deliveries ----------------------------------------------------------------------------------

    @Override
    public Result<Outcome> conclude(PlatformId id, Request request, long expectedVersion, Caller caller) {
        return change(id, expectedVersion, caller, platform -> {
            if (!manages(platform, caller) && !(caller.role() == Role.USER && is(caller, request.user()))) {
                return Result.failure(Result.Reason.FORBIDDEN, caller.role() + " " + caller.name() + " may not"
                        + " conclude an agreement for " + request.user() + "; a user concludes only its own");
            }
            Instant now = clock.now();
            return platform.conclude(request.id(), request.offer(), request.user(), request.purpose(), today(now))
                    .flatMap(conclusion -> switch (conclusion) {
                        case AgreementConclusion.Refused refused -> Result.success(new Outcome.Refused(
                                refused.review()));
                        case AgreementConclusion.Concluded concluded -> {
                            PlatformLogRecord record = PlatformLogRecord.concluded(platform.market().platform(),
                                    concluded.offer(), concluded.agreement(), concluded.review(), now,
                                    Actor.of(caller.name()));
                            // saved first: a save refused (STALE from another server) must leave no log entry
                            yield platforms.save(concluded.platform(), new Platforms.Change(Actor.of(caller.name()),
                                    now, "concluded agreement " + request.id() + ": " + request.user() + " uses "
                                    + request.offer() + " for " + request.purpose())).map(saved -> {
                                        LogEntry entry = await(log.append(record));
                                        platforms.addReceipt(Platforms.Receipt.of(entry.sequence(), record));
                                        return new Outcome.Concluded(saved, concluded.agreement(), concluded.review(),
                                                entry.sequence());
                                    });
                        }
                    });
        });
    }

    @Override
    public Result<Delivery> decideDelivery(PlatformId id, AgreementId agreementId, Caller caller) {
        return visible(id, caller).flatMap(platform -> {
            Optional<Agreement> agreement = platform.market().agreement(agreementId);
            if (agreement.isEmpty() || !mayFollow(platform, agreement.get(), caller)
                    || caller.role() == Role.AUDITOR) {
                return Result.notFound("platform " + id + " has no agreement \"" + agreementId + "\" you may ask"
                        + " deliveries under");
            }
            Instant now = clock.now();
            synchronized (lock(id)) {
                return platform.decideDelivery(agreementId, today(now)).map(decision -> {
                    PlatformLogRecord record = PlatformLogRecord.delivery(platform.market().platform(), decision, now,
                            Actor.of(caller.name()));
                    LogEntry entry = await(log.append(record));
                    platforms.addReceipt(Platforms.Receipt.of(entry.sequence(), record));
                    return new Delivery(decision, entry.sequence());
                });
            }
        });
    }

    // ---- the platform's entries in the linkage log ------------------------------------------------------------------

    @Override
    public Result<List<Traced>> entries(PlatformId id, Caller caller) {
        return visible(id, caller).map(platform -> {
            List<Traced> traced = new ArrayList<>();
            for (Platforms.Receipt receipt : platforms.receipts(id)) {
                traced(platform, receipt.sequence(), caller).ifPresent(traced::add);
            }
            return traced;
        });
    }

    @Override
    public Result<AuditLinkageLog.InclusionProof> proof(PlatformId id, long sequence, Caller caller) {
        return visible(id, caller).flatMap(platform -> {
            Optional<Traced> traced = traced(platform, sequence, caller);
            if (traced.isEmpty()) {
                return Result.notFound("platform " + id + " has no log entry " + sequence + " you may see");
            }
            SignedTreeHead head = log.treeHead();
            if (sequence >= head.treeSize()) {
                return Result.notFound("log entry " + sequence + " is not yet covered by a signed tree head");
            }
            return Result.success(new AuditLinkageLog.InclusionProof(traced.get().entry(), head,
                    log.inclusionProof(sequence, head.treeSize())));
        });
    }

    /** The entry at {@code sequence}, if its hashed text is a record of this platform the caller may see. */
    private Optional<Traced> traced(RegisteredPlatform platform, long sequence, Caller caller) {
        return log.entry(sequence).filter(e -> PlatformLogRecord.isPlatformRecord(e.body()))
                .map(e -> new Traced(e, PlatformLogRecord.parse(e.body())))
                .filter(t -> t.record().platform().equals(platform.id()))
                .filter(t -> administers(platform, caller)
                        || caller.role() == Role.PROVIDER && is(caller, t.record().provider())
                        || caller.role() == Role.USER && is(caller, t.record().user()));
    }

    // ---- one change at a time ---------------------------------------------------------------------------------------

    private Object lock(PlatformId id) {
        return locks.computeIfAbsent(id, k -> new Object());
    }

    /** Loads the platform the caller may see, checks the version, and runs {@code change} alone for this platform. */
    private <T> Result<T> change(PlatformId id, long expectedVersion, Caller caller,
                                 Function<RegisteredPlatform, Result<T>> change) {
        synchronized (lock(id)) {
            return visible(id, caller).flatMap(platform -> platform.version() != expectedVersion
                    ? Result.stale("platform " + id + " is at version " + platform.version() + ", not "
                    + expectedVersion + "; read it again and reapply the change")
                    : change.apply(platform));
        }
    }

    private static LogEntry await(CompletableFuture<LogEntry> append) {
        try {
            return append.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the linkage log stored an entry", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the linkage log could not store the entry", e.getCause());
        }
    }
}
