package org.citygov.adapter.cli;

import java.nio.file.Path;

import org.citygov.adapter.cli.root.CompositionRoot;

/**
 * A second process for tests: opens the embedded store in the directory given, says {@code held} on standard output,
 * and keeps it open until its standard input closes.
 */
public final class HoldEmbeddedStore {

    private HoldEmbeddedStore() {
    }

    public static void main(String[] args) throws Exception {
        try (CompositionRoot root = CompositionRoot.embedded(Path.of(args[0]))) {
            System.out.println("held");
            System.out.flush();
            while (System.in.read() != -1) {
                // wait for the test to let go
            }
        }
    }
}
