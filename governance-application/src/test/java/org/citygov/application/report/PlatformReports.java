package org.citygov.application.report;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.citygov.application.platform.PlatformLoader;
import org.citygov.application.platform.PlatformReading;
import org.citygov.application.service.PlatformService;
import org.citygov.domain.platform.PlatformAssessment;

/** The platform examples assessed with the bundled edition at a fixed instant, for the platform report tests. */
final class PlatformReports {

    static final Instant AT = Instant.parse("2026-06-10T00:00:00Z");

    private PlatformReports() {
    }

    static List<Path> examples() {
        return List.of(Path.of("..", "examples", "platform", "ransomware-storage-platform.yaml"),
                Path.of("..", "examples", "platform", "sapporo-exchange-market.json"),
                Path.of("..", "examples", "platform", "medical-storage-platform.yaml"));
    }

    static PlatformAssessment assess(Path file) {
        PlatformReading reading = new PlatformLoader().read(file);
        if (!(reading instanceof PlatformReading.Valid valid)) {
            throw new IllegalStateException(file + " is an invalid example: " + reading);
        }
        return new PlatformService(ReportFixtures::edition, () -> AT).assess(valid.market());
    }
}
