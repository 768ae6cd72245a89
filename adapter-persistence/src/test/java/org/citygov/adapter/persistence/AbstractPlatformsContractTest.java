package org.citygov.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.citygov.application.platform.PlatformLoader;
import org.citygov.application.platform.PlatformReading;
import org.citygov.application.platform.PlatformWriter;
import org.citygov.application.port.out.Platforms;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.platform.PlatformAuditEntry;
import org.citygov.domain.platform.AgreementId;
import org.citygov.domain.platform.DataMarket;
import org.citygov.domain.platform.OfferId;
import org.citygov.domain.platform.ParticipantId;
import org.citygov.domain.platform.PlatformId;
import org.citygov.domain.platform.PlatformLogRecord;
import org.citygov.domain.platform.RegisteredPlatform;
import org.citygov.domain.platform.Withdrawal;
import org.citygov.domain.project.Actor;
import org.citygov.domain.shared.Result;

/**
 * What every {@link Platforms} store must do, run in memory, on H2 and on PostgreSQL: a platform reads back as it was
 * saved (its whole document, incidents included, and its withdrawals), saves are optimistic, every save appends one
 * audit entry with its actor, and the linkage-log index keeps what it was given, by sequence.
 */
public abstract class AbstractPlatformsContractTest {

    private static final AtomicInteger IDS = new AtomicInteger();
    private static final Actor OPERATOR = Actor.of("city-digital-bureau");
    private static final Instant AT = Instant.parse("2026-05-02T10:00:00.987654321Z");
    private static final LocalDate ON = LocalDate.of(2025, 6, 1);

    protected abstract Platforms platforms();

    private final PlatformWriter writer = new PlatformWriter();

    /** The medical storage example (with incidents) under a fresh id, so the tests share one database. */
    protected static DataMarket example(String file) {
        String id = "platform-" + IDS.incrementAndGet() + "-" + System.nanoTime();
        DataMarket market = assertInstanceOf(PlatformReading.Valid.class, new PlatformLoader().read(
                Path.of("..", "examples", "platform", file))).market();
        String text = new PlatformWriter().json(market).replace("\"id\":\"" + market.platform().id().value() + "\"",
                "\"id\":\"" + id + "\"");
        return assertInstanceOf(PlatformReading.Valid.class, new PlatformLoader().read(text,
                org.citygov.application.input.Syntax.JSON)).market();
    }

    private Platforms.Change change(String summary) {
        return new Platforms.Change(OPERATOR, AT, summary);
    }

    private static Result.Reason reason(Result<?> result) {
        return assertInstanceOf(Result.Failure.class, result).reason();
    }

    @Test
    void save_whenNew_shouldReadBackTheWholeDocumentIncidentsIncludedAtVersion1() {
        DataMarket market = example("medical-storage-platform.yaml");
        assertTrue(!market.incidents().isEmpty(), "the example has incidents");

        RegisteredPlatform saved = platforms().save(RegisteredPlatform.create(market), change("registered"))
                .orElseThrow();

        RegisteredPlatform found = platforms().find(market.platform().id()).orElseThrow();
        assertEquals(1, saved.version());
        assertEquals(1, found.version());
        assertEquals(writer.json(market), writer.json(found.market()));
        assertTrue(platforms().all().stream().anyMatch(p -> p.id().equals(market.platform().id())));
    }

    @Test
    void save_whenAChangeWithAWithdrawalAndAnAgreement_shouldKeepThemAndAppendAnAuditEntryPerSave() {
        DataMarket market = example("sapporo-exchange-market.json");
        RegisteredPlatform v1 = platforms().save(RegisteredPlatform.create(market), change("registered"))
                .orElseThrow();
        RegisteredPlatform withdrawn = v1.withdraw(OfferId.of("snowfall-forecast-api"), AT, OPERATOR).orElseThrow();
        RegisteredPlatform v2 = platforms().save(withdrawn, change("withdrew snowfall-forecast-api")).orElseThrow();
        var concluded = assertInstanceOf(RegisteredPlatform.AgreementConclusion.Concluded.class, v2.conclude(
                AgreementId.of("lab-population-research"), OfferId.of("population-flow-stats"),
                ParticipantId.of("hokudai-mobility-lab"), PurposeKind.URBAN_PLANNING, ON).orElseThrow());
        platforms().save(concluded.platform(), new Platforms.Change(Actor.of("hokudai-mobility-lab"), AT.plusSeconds(1),
                "concluded lab-population-research")).orElseThrow();

        RegisteredPlatform found = platforms().find(market.platform().id()).orElseThrow();
        assertEquals(3, found.version());
        assertEquals(List.of(new Withdrawal(OfferId.of("snowfall-forecast-api"), AT, OPERATOR)),
                found.withdrawals());
        assertTrue(found.market().agreement(AgreementId.of("lab-population-research")).isPresent());
        List<PlatformAuditEntry> history = platforms().history(market.platform().id());
        assertEquals(List.of(1L, 2L, 3L), history.stream().map(PlatformAuditEntry::version).toList());
        assertEquals(List.of(OPERATOR, OPERATOR, Actor.of("hokudai-mobility-lab")),
                history.stream().map(PlatformAuditEntry::actor).toList());
        assertEquals(AT, history.getFirst().at());
        assertEquals("withdrew snowfall-forecast-api", history.get(1).summary());
    }

    @Test
    void save_whenStaleOrIdTakenOrNeverStored_shouldRefuseAndWriteNothing() {
        DataMarket market = example("sapporo-exchange-market.json");
        RegisteredPlatform v1 = platforms().save(RegisteredPlatform.create(market), change("registered"))
                .orElseThrow();
        platforms().save(v1.withdraw(OfferId.of("snowfall-forecast-api"), AT, OPERATOR).orElseThrow(),
                change("withdrew")).orElseThrow();

        Result<RegisteredPlatform> stale = platforms().save(v1.withdraw(OfferId.of("bus-ridership-2024"), AT,
                OPERATOR).orElseThrow(), change("withdrew on an old copy"));
        Result<RegisteredPlatform> taken = platforms().save(RegisteredPlatform.create(market), change("again"));
        DataMarket other = example("sapporo-exchange-market.json");
        Result<RegisteredPlatform> missing = platforms().save(RegisteredPlatform.reconstitute(other, 4, List.of()),
                change("ghost"));

        assertEquals(Result.Reason.STALE, reason(stale));
        assertEquals(Result.Reason.CONFLICT, reason(taken));
        assertEquals(Result.Reason.NOT_FOUND, reason(missing));
        assertEquals(2, platforms().find(market.platform().id()).orElseThrow().version());
        assertEquals(2, platforms().history(market.platform().id()).size());
        assertTrue(platforms().find(other.platform().id()).isEmpty());
    }

    @Test
    void receipts_whenAdded_shouldComeBackBySequenceAndRefuseASequenceTwice() {
        DataMarket market = example("sapporo-exchange-market.json");
        PlatformId id = market.platform().id();
        platforms().save(RegisteredPlatform.create(market), change("registered")).orElseThrow();
        Platforms.Receipt later = new Platforms.Receipt(id, 12, PlatformLogRecord.Kind.DELIVERY,
                OfferId.of("bus-ridership-2024"), ParticipantId.of("hokkaido-bus"),
                ParticipantId.of("hokudai-mobility-lab"), AgreementId.of("lab-bus-ridership"));
        Platforms.Receipt earlier = new Platforms.Receipt(id, 3, PlatformLogRecord.Kind.AGREEMENT,
                OfferId.of("population-flow-stats"), ParticipantId.of("city-digital-bureau"),
                ParticipantId.of("snow-weather"), AgreementId.of("weather-population"));

        platforms().addReceipt(later);
        platforms().addReceipt(earlier);

        assertEquals(List.of(earlier, later), platforms().receipts(id));
        assertThrows(RuntimeException.class, () -> platforms().addReceipt(later));
        assertEquals(List.of(), platforms().receipts(PlatformId.of("no-such-platform")));
    }
}
