package org.citygov.adapter.persistence.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.citygov.application.port.out.Platforms;
import org.citygov.domain.platform.PlatformAuditEntry;
import org.citygov.domain.platform.PlatformId;
import org.citygov.domain.platform.RegisteredPlatform;
import org.citygov.domain.shared.Result;

/** Stored platforms in memory, for one process's life; the same contract as the database ({@link Platforms}). */
public final class InMemoryPlatforms implements Platforms {

    private final Map<PlatformId, RegisteredPlatform> platforms = new TreeMap<>(Comparator.comparing(PlatformId::value));
    private final Map<PlatformId, List<PlatformAuditEntry>> history = new HashMap<>();
    private final Map<PlatformId, List<Receipt>> receipts = new HashMap<>();

    @Override
    public synchronized Optional<RegisteredPlatform> find(PlatformId id) {
        return Optional.ofNullable(platforms.get(id));
    }

    @Override
    public synchronized List<RegisteredPlatform> all() {
        return List.copyOf(platforms.values());
    }

    @Override
    public synchronized Result<RegisteredPlatform> save(RegisteredPlatform platform, Change change) {
        Objects.requireNonNull(change, "change");
        RegisteredPlatform stored = platforms.get(platform.id());
        if (platform.version() == 0 && stored != null) {
            return Result.conflict("a platform \"" + platform.id() + "\" is registered already; nothing was saved");
        }
        if (platform.version() > 0 && stored == null) {
            return Result.notFound("no platform \"" + platform.id() + "\" is stored");
        }
        if (stored != null && stored.version() != platform.version()) {
            return Result.stale("platform \"" + platform.id() + "\" was changed by someone else (version "
                    + stored.version() + "); nothing was saved: read it again and reapply the change");
        }
        RegisteredPlatform next = platform.withVersion(platform.version() + 1);
        platforms.put(next.id(), next);
        history.computeIfAbsent(next.id(), k -> new ArrayList<>()).add(new PlatformAuditEntry(next.id(),
                next.version(), change.actor(), change.at(), change.summary()));
        return Result.success(next);
    }

    @Override
    public synchronized List<PlatformAuditEntry> history(PlatformId id) {
        return List.copyOf(history.getOrDefault(id, List.of()));
    }

    @Override
    public synchronized void addReceipt(Receipt receipt) {
        List<Receipt> list = receipts.computeIfAbsent(receipt.platform(), k -> new ArrayList<>());
        if (list.stream().anyMatch(r -> r.sequence() == receipt.sequence())) {
            throw new IllegalStateException("log entry " + receipt.sequence() + " is indexed already");
        }
        list.add(receipt);
        list.sort(Comparator.comparingLong(Receipt::sequence));
    }

    @Override
    public synchronized List<Receipt> receipts(PlatformId id) {
        return List.copyOf(receipts.getOrDefault(id, List.of()));
    }
}
