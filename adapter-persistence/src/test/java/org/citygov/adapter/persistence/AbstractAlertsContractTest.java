package org.citygov.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.citygov.application.port.out.Alerts;
import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.monitoring.Alert;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.stakeholder.StakeholderId;
import org.junit.jupiter.api.Test;

/** The monitoring alerts' contract, run on every store (memory, H2, PostgreSQL). */
public abstract class AbstractAlertsContractTest {

    private static final Instant AT = Instant.parse("2026-11-29T09:15:30.123456789Z");

    /** A store holding no alert yet; each test uses its own parties, so a shared database is fine. */
    protected abstract Alerts alerts();

    private static Alert alert(Alert.Kind kind, String party, Instant at, OptionalDouble baseline,
                               List<Alert.RequestedAsset> assets) {
        return new Alert(Alert.idOf(kind, StakeholderId.of(party), at), kind, StakeholderId.of(party), at,
                at.minusSeconds(600), 12, baseline, assets, party + " did something " + kind);
    }

    @Test
    void add_whenNew_shouldReadBackExactly() {
        Alert volume = alert(Alert.Kind.VOLUME_ABOVE_BASELINE, "exact-party", AT, OptionalDouble.of(7.25),
                List.of(new Alert.RequestedAsset(ProjectId.of("kashiwanoha-frailty"), DataAssetId.of("care-records")),
                        new Alert.RequestedAsset(ProjectId.of("bus-flows"), DataAssetId.of("ridership"))));
        Alert burst = alert(Alert.Kind.DENIAL_BURST, "exact-party", AT.plusSeconds(1), OptionalDouble.empty(),
                List.of());

        assertTrue(alerts().add(volume));
        assertTrue(alerts().add(burst));

        assertEquals(Optional.of(volume), alerts().find(volume.id()));
        assertEquals(Optional.of(burst), alerts().find(burst.id()));
        assertEquals(Optional.empty(), alerts().find("no-such-alert"));
    }

    @Test
    void add_whenTheSameAlertIsRaisedAgain_shouldKeepItOnce() {
        Alert first = alert(Alert.Kind.OUTSIDE_AGREEMENTS, "twice-party", AT, OptionalDouble.empty(),
                List.of(new Alert.RequestedAsset(ProjectId.of("p"), DataAssetId.of("a"))));
        Alert again = new Alert(first.id(), first.kind(), first.party(), first.raisedAt(), first.windowStart(), 99,
                OptionalDouble.empty(), List.of(), "raised by another server");

        assertTrue(alerts().add(first));
        assertFalse(alerts().add(again));

        assertEquals(Optional.of(first), alerts().find(first.id()));
        assertEquals(1, alerts().all().stream().filter(a -> a.id().equals(first.id())).count());
    }

    @Test
    void since_whenAlertsAtSeveralInstants_shouldListFromTheInstantOldestFirst() {
        Instant base = Instant.parse("2030-01-01T00:00:00.000000500Z");
        Alert early = alert(Alert.Kind.DENIAL_BURST, "since-party", base, OptionalDouble.empty(), List.of());
        Alert sameMicro = alert(Alert.Kind.OUTSIDE_AGREEMENTS, "since-party", base.plusNanos(100),
                OptionalDouble.empty(), List.of());
        Alert late = alert(Alert.Kind.DENIAL_BURST, "since-party", base.plusSeconds(3_600), OptionalDouble.empty(),
                List.of());
        alerts().add(late);
        alerts().add(early);
        alerts().add(sameMicro);

        assertEquals(List.of(early.id(), sameMicro.id(), late.id()), ids(alerts().since(base)));
        assertEquals(List.of(sameMicro.id(), late.id()), ids(alerts().since(base.plusNanos(1))));
        assertEquals(List.of(late.id()), ids(alerts().since(base.plusSeconds(1))));
        assertEquals(List.of(), ids(alerts().since(Instant.MAX)));
        assertTrue(ids(alerts().all()).containsAll(List.of(early.id(), sameMicro.id(), late.id())));
    }

    private static List<String> ids(List<Alert> alerts) {
        return alerts.stream().map(Alert::id).filter(id -> id.contains("since-party")).toList();
    }
}
