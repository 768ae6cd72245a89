package org.citygov.application.service;

import java.time.Instant;
import java.util.Objects;

import org.citygov.application.port.in.AssessPlatform;
import org.citygov.application.port.out.Catalogue;
import org.citygov.application.port.out.Clock;
import org.citygov.domain.platform.DataMarket;
import org.citygov.domain.platform.MarketRules;
import org.citygov.domain.platform.PlatformAssessment;

/** Assesses platforms under the edition the catalogue holds (its deadlines and thresholds are the defaults). */
public final class PlatformService implements AssessPlatform {

    private final Catalogue catalogue;
    private final Clock clock;

    public PlatformService(Catalogue catalogue, Clock clock) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public PlatformAssessment assess(DataMarket market, Instant at) {
        return market.assess(at, MarketRules.defaults(catalogue.edition().version()));
    }

    @Override
    public PlatformAssessment assess(DataMarket market) {
        return assess(market, clock.now());
    }
}
