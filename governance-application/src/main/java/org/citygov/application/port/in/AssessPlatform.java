package org.citygov.application.port.in;

import java.time.Instant;

import org.citygov.domain.platform.DataMarket;
import org.citygov.domain.platform.PlatformAssessment;

/**
 * Assesses a data platform (MARKET.md "Output"): liability and duties by design, the screening of every offer, the
 * check of every agreement, the cooperative security framework and the incidents, all judged at one instant under the
 * catalogue edition in use. Stores nothing.
 */
public interface AssessPlatform {

    /** The assessment at {@code at}. */
    PlatformAssessment assess(DataMarket market, Instant at);

    /** The assessment now. */
    PlatformAssessment assess(DataMarket market);
}
