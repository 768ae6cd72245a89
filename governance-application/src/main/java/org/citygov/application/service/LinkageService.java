package org.citygov.application.service;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.citygov.application.port.in.AuditLinkageLog;
import org.citygov.application.port.in.Authenticate;
import org.citygov.application.port.in.DecideLinkage;
import org.citygov.application.port.in.ExerciseRights;
import org.citygov.application.port.out.Catalogue;
import org.citygov.application.port.out.Clock;
import org.citygov.application.port.out.ConsentRecords;
import org.citygov.application.port.out.CorrectionRequests;
import org.citygov.application.port.out.LinkageDecisions;
import org.citygov.application.port.out.LinkageLog;
import org.citygov.application.port.out.Projects;
import org.citygov.application.port.out.RuleChanges;
import org.citygov.domain.access.Role;
import org.citygov.domain.assessment.ProjectAssessment;
import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.linkage.ConsentEvent;
import org.citygov.domain.linkage.ConsentId;
import org.citygov.domain.linkage.ConsentRecord;
import org.citygov.domain.linkage.ConsentRegistry;
import org.citygov.domain.linkage.CorrectionRequest;
import org.citygov.domain.linkage.Decision;
import org.citygov.domain.linkage.DecisionPoint;
import org.citygov.domain.linkage.LinkageRecord;
import org.citygov.domain.linkage.LogRecord;
import org.citygov.domain.linkage.LinkageRequest;
import org.citygov.domain.linkage.LogEntry;
import org.citygov.domain.linkage.LogVerification;
import org.citygov.domain.linkage.SignedTreeHead;
import org.citygov.domain.linkage.SubjectId;
import org.citygov.domain.project.Actor;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.shared.Result;

/**
 * Data-linkage enforcement: decides requests at the {@link DecisionPoint}, logs every decision and transfer in the
 * {@link LinkageLog} (a decision is answered only once its entry is durable), and serves data subjects and auditors.
 *
 * <p>Consents are stored before they are published: a grant or withdrawal is appended to {@link ConsentRecords} and
 * only then applied to the decision point's {@link ConsentRegistry}, in the same call, so a withdrawal that returns has
 * been stored and the next decision sees it. On construction the stored events are replayed into the registry.
 * As the {@link RuleChanges} listener it recompiles a changed project and swaps the new policy in; decisions never
 * wait for a compilation.
 *
 * <p>Several processes may share the stores (servers in front of one PostgreSQL). {@link #catchUp} brings this one up
 * to what the others stored: it applies the consent events stored since it last looked and recompiles every project
 * whose stored version is not the one it compiled; {@link StoreFollower} calls it whenever the store announces a change
 * and on a poll. Consent writes catch up first, so they are checked against every stored event, and a grant whose
 * new id another process took meanwhile is retried with a fresh one.
 */
public final class LinkageService implements DecideLinkage, ExerciseRights, AuditLinkageLog, RuleChanges {

    private final Projects projects;
    private final Catalogue catalogue;
    private final LinkageLog log;
    private final ConsentRecords consentRecords;
    private final CorrectionRequests corrections;
    private final Clock clock;
    private final DecisionPoint decisionPoint;
    private final LinkageDecisions watchers;
    /** Consent writes, one at a time: check, store, publish. Decisions do not take it. */
    private final Object consentWrites = new Object();
    /** Compilations, one at a time, each of the project as stored when it starts, so the last one wins. */
    private final Object compilations = new Object();
    /** The version of each project as last compiled. */
    private final Map<ProjectId, Long> compiledVersions = new ConcurrentHashMap<>();
    /** Consent events read from the store up to this position (under {@link #consentWrites}). */
    private long consentPosition;
    /** How often a grant is tried again with a fresh id after another process took the one it had. */
    private static final int GRANT_ATTEMPTS = 5;

    public LinkageService(Projects projects, Catalogue catalogue, LinkageLog log, ConsentRecords consentRecords,
                          CorrectionRequests corrections, Clock clock, DecisionPoint decisionPoint) {
        this(projects, catalogue, log, consentRecords, corrections, clock, decisionPoint, LinkageDecisions.NONE);
    }

    /** With a watcher told of every decision once it is logged (the monitoring of issue 13). */
    public LinkageService(Projects projects, Catalogue catalogue, LinkageLog log, ConsentRecords consentRecords,
                          CorrectionRequests corrections, Clock clock, DecisionPoint decisionPoint,
                          LinkageDecisions watchers) {
        this.watchers = Objects.requireNonNull(watchers, "watchers");
        this.projects = Objects.requireNonNull(projects, "projects");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.log = Objects.requireNonNull(log, "log");
        this.consentRecords = Objects.requireNonNull(consentRecords, "consentRecords");
        this.corrections = Objects.requireNonNull(corrections, "corrections");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.decisionPoint = Objects.requireNonNull(decisionPoint, "decisionPoint");
        catchUpConsents();
    }

    // ---- following other processes ----------------------------------------------------------------------------

    /**
     * Brings this process up to what every process stored: consent events stored since the last look are applied (the
     * next decision sees a withdrawal made on another server), and each project whose stored version
     * ({@code storedVersions}) differs from the one compiled here is compiled again (a rule put in force elsewhere
     * governs the next decision here). Returns how many events and projects were new.
     */
    public int catchUp(Map<ProjectId, Long> storedVersions) {
        int changed = catchUpConsents();
        for (Map.Entry<ProjectId, Long> stored : storedVersions.entrySet()) {
            if (!stored.getValue().equals(compiledVersions.get(stored.getKey()))) {
                compileRules(stored.getKey());
                changed++;
            }
        }
        return changed;
    }

    /** Applies the consent events stored after the last one read; returns how many were new here. */
    private int catchUpConsents() {
        synchronized (consentWrites) {
            int applied = 0;
            for (ConsentRecords.Positioned stored : consentRecords.after(consentPosition)) {
                if (decisionPoint.consents().applyIfNew(stored.event())) {
                    applied++;
                }
                consentPosition = Math.max(consentPosition, stored.position());
            }
            return applied;
        }
    }

    // ---- deciding -----------------------------------------------------------------------------------------------

    @Override
    public Result<Logged> decide(LinkageRequest request, Authenticate.Caller asker) {
        try {
            return decideWhenLogged(request, asker).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    @Override
    public CompletableFuture<Result<Logged>> decideWhenLogged(LinkageRequest request, Authenticate.Caller asker) {
        if (asker.role() == Role.PROVIDER && !request.party().value().equals(asker.name())) {
            return CompletableFuture.completedFuture(Result.failure(Result.Reason.FORBIDDEN, "a PROVIDER token asks"
                    + " for decisions on its own behalf: party must be \"" + asker.name() + "\""));
        }
        Decision decision = decisionPoint.decide(request);
        LinkageRecord record = LinkageRecord.decision(request, decision, clock.now());
        return log.append(record).handle((entry, failure) -> {
            if (failure != null) {
                throw notStored(failure);
            }
            watchers.logged(record);
            return Result.success(new Logged(decision, entry, record.reason()));
        });
    }

    @Override
    public Result<LogEntry> recordTransfer(long decisionSequence) {
        return log.entry(decisionSequence).<Result<LogEntry>>map(entry -> {
            if (!entry.isLinkage()) {
                return Result.conflict("log entry " + decisionSequence + " is not a linkage decision (it records "
                        + LogRecord.formatOf(entry.body()) + "); nothing may be handed over under it");
            }
            LinkageRecord decision = entry.record();
            if (decision.kind() != LinkageRecord.Kind.DECISION || decision.outcome() != Decision.Outcome.PERMIT) {
                return Result.conflict("log entry " + decisionSequence + " is not a permitting decision; nothing may"
                        + " be handed over under it");
            }
            return Result.success(await(log.append(LinkageRecord.transfer(decision, decisionSequence,
                    clock.now()))));
        }).orElseGet(() -> Result.notFound("the linkage log has no entry " + decisionSequence));
    }

    @Override
    public Result<Long> compileRules(ProjectId project) {
        synchronized (compilations) {
            return projects.find(project).<Result<Long>>map(p -> {
                long generation = decisionPoint.compile(p, ProjectAssessment.of(p, catalogue.edition()))
                        .generation();
                compiledVersions.put(p.id(), p.version());
                return Result.success(generation);
            }).orElseGet(() -> Result.notFound("there is no project " + project));
        }
    }

    /** Compiles every stored project: what a process does at start, before it answers requests. */
    public long compileAll() {
        synchronized (compilations) {
            projects.all().forEach(p -> compileRules(p.id()));
            return decisionPoint.policy().generation();
        }
    }

    /** A saved change of the project: its policy is compiled anew from the project as stored now. */
    @Override
    public void changed(ProjectId project) {
        compileRules(project);
    }

    // ---- citizens -------------------------------------------------------------------------------------------------

    @Override
    public Result<List<Linkage>> linkagesOf(SubjectId subject) {
        return Result.success(log.ofSubject(subject).stream().filter(LogEntry::isLinkage)
                .map(e -> new Linkage(e.sequence(), e.record())).toList());
    }

    @Override
    public Result<ConsentRecord> grantConsent(SubjectId subject, ProjectId project, DataAssetId asset,
                                              PurposeKind purpose) {
        return existing(project, asset).flatMap(found -> {
            synchronized (consentWrites) {
                Result<ConsentEvent> appended = null;
                for (int attempt = 0; attempt < GRANT_ATTEMPTS; attempt++) {
                    // the ids other processes handed out are known before a new one is chosen
                    catchUpConsents();
                    appended = consentRecords.append(decisionPoint.consents().grantEvent(subject, project, asset,
                            purpose, clock.now()));
                    if (!(appended instanceof Result.Failure<ConsentEvent> failure)
                            || failure.reason() != Result.Reason.CONFLICT) {
                        break;
                    }
                }
                return stored(appended);
            }
        });
    }

    /** NOT_FOUND unless {@code project} is registered and has {@code asset}: consents and corrections name real data. */
    private Result<DataAssetId> existing(ProjectId project, DataAssetId asset) {
        return projects.find(project).<Result<DataAssetId>>map(p -> p.dataAssets().stream()
                        .anyMatch(a -> a.id().equals(asset)) ? Result.success(asset)
                        : Result.notFound("project \"" + project + "\" has no data asset \"" + asset + "\""))
                .orElseGet(() -> Result.notFound("no project \"" + project + "\""));
    }

    @Override
    public Result<ConsentRecord> withdrawConsent(SubjectId subject, ProjectId project, DataAssetId asset,
                                                 PurposeKind purpose) {
        synchronized (consentWrites) {
            catchUpConsents();
            return decisionPoint.consents().withdrawalEvent(subject, project, asset, purpose, clock.now())
                    .flatMap(consentRecords::append).map(decisionPoint.consents()::apply);
        }
    }

    @Override
    public Result<ConsentRecord> withdrawConsent(SubjectId subject, ConsentId consent) {
        synchronized (consentWrites) {
            catchUpConsents();
            return decisionPoint.consents().withdrawalEvent(subject, consent, clock.now())
                    .flatMap(consentRecords::append).map(decisionPoint.consents()::apply);
        }
    }

    /** Publishes a stored event to the registry decisions read. */
    private Result<ConsentRecord> stored(Result<ConsentEvent> appended) {
        return appended.map(decisionPoint.consents()::apply);
    }

    @Override
    public Result<List<ConsentRecord>> consentsOf(SubjectId subject) {
        catchUpConsents();
        return Result.success(decisionPoint.consents().of(subject));
    }

    @Override
    public Result<CorrectionRequest.Open> requestCorrection(SubjectId subject, ProjectId project, DataAssetId asset,
                                                            String correction) {
        return existing(project, asset).flatMap(found -> corrections.add(CorrectionRequest.file(
                "correction-" + UUID.randomUUID(), subject, project, asset, correction, clock.now())));
    }

    @Override
    public Result<CorrectionRequest> answerCorrection(String id, boolean accepted, String note, Actor by) {
        Objects.requireNonNull(by, "by");
        CorrectionRequest request = corrections.find(id).orElse(null);
        if (request == null) {
            return Result.notFound("there is no correction request " + id);
        }
        if (!(request instanceof CorrectionRequest.Open open)) {
            return Result.conflict("correction request " + id + " is already answered");
        }
        Result<CorrectionRequest> answered = accepted
                ? open.resolve(note, clock.now(), by).map(r -> (CorrectionRequest) r)
                : open.reject(note, clock.now(), by).map(r -> (CorrectionRequest) r);
        return answered.flatMap(corrections::answer);
    }

    @Override
    public Result<List<CorrectionRequest>> correctionsOf(SubjectId subject) {
        return Result.success(corrections.ofSubject(subject));
    }

    @Override
    public Result<List<CorrectionRequest>> corrections(CorrectionRequest.State state) {
        return Result.success(corrections.inState(Objects.requireNonNull(state, "state")));
    }

    // ---- auditors -------------------------------------------------------------------------------------------------

    @Override
    public SignedTreeHead treeHead() {
        return log.treeHead();
    }

    @Override
    public Result<InclusionProof> inclusionProof(long sequence) {
        SignedTreeHead head = log.treeHead();
        if (sequence < 0 || sequence >= head.treeSize()) {
            return Result.notFound("the signed log has no entry " + sequence + " (it has " + head.treeSize() + ")");
        }
        LogEntry entry = log.entry(sequence).orElseThrow();
        return Result.success(new InclusionProof(entry, head, log.inclusionProof(sequence, head.treeSize())));
    }

    @Override
    public Result<ConsistencyProof> consistencyProof(long firstSize) {
        SignedTreeHead head = log.treeHead();
        if (firstSize < 0 || firstSize > head.treeSize()) {
            return Result.notFound("the signed log has " + head.treeSize() + " entries, not " + firstSize);
        }
        return Result.success(new ConsistencyProof(firstSize, head.treeSize(), head, log.consistencyProof(firstSize,
                head.treeSize())));
    }

    @Override
    public Result<ConsistencyProof> consistencyProof(long firstSize, long secondSize) {
        SignedTreeHead head = log.treeHead();
        if (firstSize < 0 || firstSize > secondSize || secondSize > head.treeSize()) {
            return Result.notFound("the signed log has " + head.treeSize() + " entries; a consistency proof goes from"
                    + " 0 <= from <= to <= " + head.treeSize() + ", not from " + firstSize + " to " + secondSize);
        }
        return Result.success(new ConsistencyProof(firstSize, secondSize, head, log.consistencyProof(firstSize,
                secondSize)));
    }

    @Override
    public java.security.PublicKey publicKey() {
        return log.publicKey();
    }

    @Override
    public LogVerification verify() {
        return log.verify();
    }

    private static LogEntry await(CompletableFuture<LogEntry> append) {
        try {
            return append.join();
        } catch (CompletionException e) {
            throw notStored(e.getCause());
        }
    }

    private static IllegalStateException notStored(Throwable failure) {
        return new IllegalStateException("the linkage log did not store the entry, so nothing is answered",
                failure instanceof CompletionException wrapped && wrapped.getCause() != null ? wrapped.getCause()
                        : failure);
    }
}
