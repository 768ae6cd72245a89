package org.citygov.application.port.in;

import org.citygov.domain.platform.DataMarket;
import org.citygov.domain.platform.RegisteredPlatform;
import org.citygov.domain.shared.Result;

/**
 * Registers a data platform described by its {@code citygov-platform/1} document, to run its market through CityGov.
 * ADMIN registers any platform; an OPERATOR (its token's name a participant id) only a platform it operates
 * (FORBIDDEN otherwise); CONFLICT when the id is taken. The document is stored as it is: offers the screening refuses
 * are kept on record and simply not listed.
 */
public interface RegisterPlatform {

    Result<RegisteredPlatform> register(DataMarket market, Authenticate.Caller caller);
}
