package org.citygov.adapter.persistence.jdbc;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import org.citygov.adapter.persistence.AbstractPlatformsContractTest;
import org.citygov.application.port.out.Platforms;

class H2PlatformsTest extends AbstractPlatformsContractTest {

    @TempDir
    static Path dataDirectory;

    private static Database database;

    @BeforeAll
    static void open() {
        database = Database.embedded(dataDirectory);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Override
    protected Platforms platforms() {
        return database.platforms();
    }
}
