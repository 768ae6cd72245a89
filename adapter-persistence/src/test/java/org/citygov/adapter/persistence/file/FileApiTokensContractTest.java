package org.citygov.adapter.persistence.file;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

import org.citygov.adapter.persistence.AbstractApiTokensContractTest;
import org.citygov.application.port.out.ApiTokens;

class FileApiTokensContractTest extends AbstractApiTokensContractTest {

    @TempDir
    Path dir;

    private FileApiTokens tokens;

    @Override
    protected ApiTokens tokens() {
        if (tokens == null) {
            tokens = new FileApiTokens(dir.resolve("tokens.json"));
        }
        return tokens;
    }
}
