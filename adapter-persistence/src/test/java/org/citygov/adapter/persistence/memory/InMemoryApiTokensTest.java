package org.citygov.adapter.persistence.memory;

import org.citygov.adapter.persistence.AbstractApiTokensContractTest;
import org.citygov.application.port.out.ApiTokens;

class InMemoryApiTokensTest extends AbstractApiTokensContractTest {

    private final InMemoryApiTokens tokens = new InMemoryApiTokens();

    @Override
    protected ApiTokens tokens() {
        return tokens;
    }
}
