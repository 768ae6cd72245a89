package org.citygov.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import static org.citygov.domain.testing.ProjectBuilders.aProject;
import static org.citygov.domain.testing.ProjectBuilders.anAsset;

import org.citygov.application.port.in.Authenticate;
import org.citygov.application.port.in.DecideLinkage;
import org.citygov.application.port.out.Catalogue;
import org.citygov.application.port.out.Clock;
import org.citygov.application.port.out.ConsentRecords;
import org.citygov.application.port.out.CorrectionRequests;
import org.citygov.application.port.out.LinkageLog;
import org.citygov.application.port.out.Projects;
import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.linkage.ConsentEvent;
import org.citygov.domain.linkage.ConsentId;
import org.citygov.domain.linkage.ConsentRecord;
import org.citygov.domain.linkage.ConsentRegistry;
import org.citygov.domain.linkage.CorrectionRequest;
import org.citygov.domain.linkage.DecisionPoint;
import org.citygov.domain.linkage.LinkageChain;
import org.citygov.domain.linkage.LinkageRecord;
import org.citygov.domain.linkage.LinkageRequest;
import org.citygov.domain.linkage.LogEntry;
import org.citygov.domain.linkage.LogRecord;
import org.citygov.domain.access.Role;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.stakeholder.StakeholderId;
import org.citygov.domain.linkage.SubjectId;
import org.citygov.domain.project.Actor;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.shared.Result;

/** Consents are stored before the decision point sees them, and replayed from the store at start. */
@ExtendWith(MockitoExtension.class)
class LinkageServiceTest {

    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");
    private static final SubjectId HANAKO = SubjectId.of("resident-0042");
    private static final SubjectId TARO = SubjectId.of("resident-0043");
    private static final ProjectId FRAILTY = ProjectId.of("kashiwanoha-frailty");
    private static final DataAssetId RESEARCH = DataAssetId.of("research-dataset");

    @Mock
    private Projects projects;
    @Mock
    private Catalogue catalogue;
    @Mock
    private LinkageLog log;
    @Mock
    private ConsentRecords consentRecords;
    @Mock
    private CorrectionRequests corrections;

    private final Clock clock = () -> NOW;
    private DecisionPoint decisionPoint;

    @BeforeEach
    void setUp() {
        decisionPoint = new DecisionPoint(new ConsentRegistry());
    }

    private LinkageService service() {
        return new LinkageService(projects, catalogue, log, consentRecords, corrections, clock, decisionPoint);
    }

    private ConsentRecord granted(LinkageService service, SubjectId subject) {
        when(projects.find(FRAILTY)).thenReturn(Optional.of(frailty()));
        when(consentRecords.append(any())).thenAnswer(call -> Result.success(call.getArgument(0)));
        return service.grantConsent(subject, FRAILTY, RESEARCH, PurposeKind.RESEARCH).orElseThrow();
    }

    /** A registered project that has the research data asset. */
    private static GovernanceProject frailty() {
        return aProject().withId(FRAILTY.value()).withDataAsset(anAsset().withId(RESEARCH.value()))
                .buildRegistered();
    }

    @Test
    void grantConsent_whenTheProjectHasNoSuchAsset_shouldBeNotFoundAndStoreNothing() {
        when(projects.find(FRAILTY)).thenReturn(Optional.of(frailty()));

        Result<ConsentRecord> granted = service().grantConsent(HANAKO, FRAILTY, DataAssetId.of("no-such-asset"),
                PurposeKind.RESEARCH);

        assertEquals(Result.Reason.NOT_FOUND, assertInstanceOf(Result.Failure.class, granted).reason());
        verify(consentRecords, never()).append(any());
        assertEquals(List.of(), decisionPoint.consents().of(HANAKO));
    }

    @Test
    void grantConsent_whenTheStoreRefuses_shouldAnswerTheConflictAndPublishNothing() {
        when(projects.find(FRAILTY)).thenReturn(Optional.of(frailty()));
        when(consentRecords.append(any())).thenReturn(Result.conflict("consent id taken"));

        Result<ConsentRecord> granted = service().grantConsent(HANAKO, FRAILTY, RESEARCH, PurposeKind.RESEARCH);

        assertEquals(Result.Reason.CONFLICT, assertInstanceOf(Result.Failure.class, granted).reason());
        assertEquals(List.of(), decisionPoint.consents().of(HANAKO));
    }

    @Test
    void requestCorrection_whenTheProjectIsUnknown_shouldBeNotFoundAndStoreNothing() {
        when(projects.find(FRAILTY)).thenReturn(Optional.empty());

        Result<CorrectionRequest.Open> filed = service().requestCorrection(HANAKO, FRAILTY, RESEARCH, "wrong year");

        assertEquals(Result.Reason.NOT_FOUND, assertInstanceOf(Result.Failure.class, filed).reason());
        verify(corrections, never()).add(any());
    }

    @Test
    void requestCorrection_whenTheStoreRefuses_shouldAnswerTheConflict() {
        when(projects.find(FRAILTY)).thenReturn(Optional.of(frailty()));
        when(corrections.add(any())).thenReturn(Result.conflict("a correction request with this id exists"));

        Result<CorrectionRequest.Open> filed = service().requestCorrection(HANAKO, FRAILTY, RESEARCH, "wrong year");

        assertEquals(Result.Reason.CONFLICT, assertInstanceOf(Result.Failure.class, filed).reason());
    }

    @Test
    void decide_whenAProviderAsksForAnotherParty_shouldBeForbiddenAndLogNothing() {
        LinkageRequest request = LinkageRequest.aggregate(FRAILTY, StakeholderId.of("university"), RESEARCH,
                PurposeKind.RESEARCH, Set.of("age"));

        Result<DecideLinkage.Logged> decided = service().decide(request,
                new Authenticate.Caller("insurer", Role.PROVIDER));

        assertEquals(Result.Reason.FORBIDDEN, assertInstanceOf(Result.Failure.class, decided).reason());
        verify(log, never()).append(any());
    }

    @Test
    void decideWhenLogged_whenAProviderAsksForAnotherParty_shouldBeForbiddenAtOnceAndLogNothing() {
        LinkageRequest request = LinkageRequest.aggregate(FRAILTY, StakeholderId.of("university"), RESEARCH,
                PurposeKind.RESEARCH, Set.of("age"));

        CompletableFuture<Result<DecideLinkage.Logged>> decided = service().decideWhenLogged(
                request, new Authenticate.Caller("insurer", Role.PROVIDER));

        assertTrue(decided.isDone(), "a refusal waits for nothing");
        assertEquals(Result.Reason.FORBIDDEN, assertInstanceOf(Result.Failure.class, decided.join()).reason());
        verify(log, never()).append(any());
    }

    /** The service whose logged decisions {@code watched} collects. */
    private LinkageService watchedBy(List<LinkageRecord> watched) {
        return new LinkageService(projects, catalogue, log, consentRecords, corrections, clock, decisionPoint,
                watched::add);
    }

    /** The university asks for aggregate research data of the frailty project. */
    private static LinkageRequest universityAsks() {
        return LinkageRequest.aggregate(FRAILTY, StakeholderId.of("university"), RESEARCH, PurposeKind.RESEARCH,
                Set.of("age"));
    }

    @Test
    void decideWhenLogged_whenTheEntryIsNotYetDurable_shouldCompleteOnlyOnceItIsAndTellTheWatchersThen() {
        CompletableFuture<LogEntry> durable = new CompletableFuture<>();
        when(log.append(any())).thenReturn(durable);
        List<LinkageRecord> watched = new CopyOnWriteArrayList<>();

        CompletableFuture<Result<DecideLinkage.Logged>> decided = watchedBy(watched).decideWhenLogged(
                universityAsks(), new Authenticate.Caller("city-os", Role.ADMIN));

        assertFalse(decided.isDone(), "answered before the entry was durable");
        assertTrue(watched.isEmpty(), "the watchers heard of a decision not yet logged");
        ArgumentCaptor<LogRecord> appended = ArgumentCaptor.forClass(LogRecord.class);
        verify(log).append(appended.capture());
        LogEntry entry = LinkageChain.of(List.of()).prepareHashed(
                List.of(LinkageChain.hash(appended.getValue()))).getFirst();
        durable.complete(entry);

        DecideLinkage.Logged logged = decided.join().orElseThrow();
        assertEquals(entry, logged.entry());
        assertEquals(1, watched.size());
        assertEquals(appended.getValue(), watched.getFirst());
        assertEquals(watched.getFirst().reason(), logged.explanation());
    }

    @Test
    void decideWhenLogged_whenTheLogRefusesTheEntry_shouldFailAsDecideDoesAndTellNoWatcher() {
        CompletableFuture<LogEntry> refused = new CompletableFuture<>();
        when(log.append(any())).thenReturn(refused);
        List<LinkageRecord> watched = new CopyOnWriteArrayList<>();
        LinkageService service = watchedBy(watched);
        LinkageRequest request = universityAsks();
        Authenticate.Caller cityOs = new Authenticate.Caller("city-os", Role.ADMIN);
        java.sql.SQLException cause = new java.sql.SQLException("disk full");

        CompletableFuture<Result<DecideLinkage.Logged>> later = service.decideWhenLogged(
                request, cityOs);
        refused.completeExceptionally(cause);
        IllegalStateException now = assertThrows(IllegalStateException.class,
                () -> service.decide(request, cityOs));

        CompletionException failed = assertThrows(
                CompletionException.class, later::join);
        IllegalStateException notStored = assertInstanceOf(IllegalStateException.class, failed.getCause());
        assertEquals("the linkage log did not store the entry, so nothing is answered", notStored.getMessage());
        assertEquals(cause, notStored.getCause());
        assertEquals(notStored.getMessage(), now.getMessage());
        assertEquals(cause, now.getCause());
        assertTrue(watched.isEmpty(), "a decision that was not logged was watched");
    }

    @Test
    void withdrawConsent_whenStored_shouldStoreBeforeTheRegistryShowsTheWithdrawal() {
        LinkageService service = service();
        ConsentRecord consent = granted(service, HANAKO);
        AtomicBoolean activeWhileStoring = new AtomicBoolean();
        doAnswer(call -> {
            activeWhileStoring.set(decisionPoint.consents().byId(consent.id()).orElseThrow().active());
            return Result.success(call.getArgument(0));
        }).when(consentRecords).append(any());

        Result<ConsentRecord> withdrawn = service.withdrawConsent(HANAKO, consent.id());

        assertTrue(activeWhileStoring.get(), "the registry changed before the store had the withdrawal");
        assertFalse(withdrawn.orElseThrow().active());
        assertFalse(decisionPoint.consents().find(HANAKO, FRAILTY, RESEARCH, PurposeKind.RESEARCH).orElseThrow()
                .active());
    }

    @Test
    void withdrawConsent_whenTheStoreRefuses_shouldLeaveTheConsentActive() {
        LinkageService service = service();
        ConsentRecord consent = granted(service, HANAKO);
        doReturn(Result.conflict("withdrawn already elsewhere")).when(consentRecords).append(any());

        Result<ConsentRecord> withdrawn = service.withdrawConsent(HANAKO, FRAILTY, RESEARCH, PurposeKind.RESEARCH);

        assertEquals(Result.Reason.CONFLICT, assertInstanceOf(Result.Failure.class, withdrawn).reason());
        assertTrue(decisionPoint.consents().byId(consent.id()).orElseThrow().active());
    }

    @Test
    void withdrawConsent_whenTheConsentIsAnotherSubjects_shouldBeNotFoundAndStoreNothing() {
        LinkageService service = service();
        ConsentRecord hanakos = granted(service, HANAKO);

        Result<ConsentRecord> attempt = service.withdrawConsent(TARO, hanakos.id());

        assertEquals(Result.Reason.NOT_FOUND, assertInstanceOf(Result.Failure.class, attempt).reason());
        verify(consentRecords, never()).append(org.mockito.ArgumentMatchers.argThat(e ->
                e.kind() == ConsentEvent.Kind.WITHDRAWN));
        assertTrue(decisionPoint.consents().byId(hanakos.id()).orElseThrow().active());
    }

    @Test
    void constructor_whenTheStoreHasEvents_shouldReplayThemSoANewGrantGetsAFreshId() {
        ConsentEvent grant = new ConsentEvent(ConsentEvent.Kind.GRANTED, new ConsentId("consent-7"), HANAKO, FRAILTY,
                RESEARCH, PurposeKind.RESEARCH, NOW.minusSeconds(600));
        ConsentEvent withdrawal = new ConsentEvent(ConsentEvent.Kind.WITHDRAWN, new ConsentId("consent-7"), HANAKO,
                FRAILTY, RESEARCH, PurposeKind.RESEARCH, NOW.minusSeconds(60));
        when(consentRecords.after(0L)).thenReturn(List.of(new ConsentRecords.Positioned(1, grant),
                new ConsentRecords.Positioned(2, withdrawal)));

        LinkageService service = service();
        ConsentRecord next = granted(service, TARO);

        List<ConsentRecord> hanakos = service.consentsOf(HANAKO).orElseThrow();
        assertEquals(1, hanakos.size());
        assertFalse(hanakos.getFirst().active());
        assertEquals(new ConsentId("consent-8"), next.id());
    }

    @Test
    void catchUp_whenAnotherProcessStoredAConsentEvent_shouldApplyItOnceAndAskOnlyForLaterEvents() {
        ConsentEvent grant = new ConsentEvent(ConsentEvent.Kind.GRANTED, new ConsentId("consent-3"), HANAKO, FRAILTY,
                RESEARCH, PurposeKind.RESEARCH, NOW.minusSeconds(5));
        when(consentRecords.after(0L)).thenReturn(List.of(), List.of(new ConsentRecords.Positioned(4, grant)));
        LinkageService service = service();

        int first = service.catchUp(java.util.Map.of());
        int again = service.catchUp(java.util.Map.of());

        assertEquals(1, first);
        assertEquals(0, again);
        verify(consentRecords, org.mockito.Mockito.atLeastOnce()).after(4L);
        assertTrue(decisionPoint.consents().find(HANAKO, FRAILTY, RESEARCH, PurposeKind.RESEARCH).orElseThrow()
                .active());
    }

    @Test
    void grantConsent_whenAnotherProcessTookTheNewId_shouldCatchUpAndStoreItUnderAFreshId() {
        LinkageService service = service();
        when(projects.find(FRAILTY)).thenReturn(Optional.of(frailty()));
        List<ConsentId> tried = new java.util.ArrayList<>();
        when(consentRecords.append(any())).thenAnswer(call -> {
            ConsentEvent event = call.getArgument(0);
            tried.add(event.consent());
            return tried.size() == 1 ? Result.conflict("consent " + event.consent() + " is granted already")
                    : Result.success(event);
        });
        ConsentEvent elsewhere = new ConsentEvent(ConsentEvent.Kind.GRANTED, new ConsentId("consent-1"), TARO,
                FRAILTY, RESEARCH, PurposeKind.RESEARCH, NOW.minusSeconds(1));
        when(consentRecords.after(0L)).thenReturn(List.of(new ConsentRecords.Positioned(1, elsewhere)));

        ConsentRecord granted = service.grantConsent(HANAKO, FRAILTY, RESEARCH, PurposeKind.RESEARCH).orElseThrow();

        assertEquals(2, tried.size());
        assertTrue(!tried.get(0).equals(tried.get(1)), "retried under another id: " + tried);
        assertEquals(granted.id(), tried.get(1));
    }

    @Test
    void answerCorrection_whenOpenAndAccepted_shouldStoreItResolvedWithTheNoteTheOperatorAndTheClocksTime() {
        CorrectionRequest.Open open = CorrectionRequest.file("correction-1", HANAKO, FRAILTY, RESEARCH,
                "my birth year is 1951", NOW.minusSeconds(3600));
        when(corrections.find("correction-1")).thenReturn(java.util.Optional.of(open));
        when(corrections.answer(any())).thenAnswer(call -> Result.success(call.getArgument(0)));

        Result<CorrectionRequest> answered = service().answerCorrection("correction-1", true, "corrected",
                Actor.of("operator-sato"));

        CorrectionRequest.Resolved resolved = new CorrectionRequest.Resolved(open, "corrected", NOW,
                Actor.of("operator-sato"));
        assertEquals(Result.success(resolved), answered);
        verify(corrections).answer(resolved);
    }

    @Test
    void answerCorrection_whenAnsweredAlready_shouldBeConflictAndStoreNothing() {
        CorrectionRequest.Open open = CorrectionRequest.file("correction-1", HANAKO, FRAILTY, RESEARCH,
                "my birth year is 1951", NOW.minusSeconds(3600));
        when(corrections.find("correction-1")).thenReturn(java.util.Optional.of(
                new CorrectionRequest.Rejected(open, "the register is right", NOW.minusSeconds(60),
                        Actor.of("operator-sato"))));

        Result<CorrectionRequest> answered = service().answerCorrection("correction-1", true, "corrected",
                Actor.of("operator-ito"));

        assertEquals(Result.Reason.CONFLICT, assertInstanceOf(Result.Failure.class, answered).reason());
        verify(corrections, never()).answer(any());
    }

    @Test
    void corrections_whenAskedForOpenOnes_shouldListWhatTheStoreHoldsInThatState() {
        CorrectionRequest.Open open = CorrectionRequest.file("correction-1", HANAKO, FRAILTY, RESEARCH,
                "my birth year is 1951", NOW);
        when(corrections.inState(CorrectionRequest.State.OPEN)).thenReturn(List.of(open));

        assertEquals(List.of(open), service().corrections(CorrectionRequest.State.OPEN).orElseThrow());
    }
}
