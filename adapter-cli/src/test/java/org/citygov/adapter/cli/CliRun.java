package org.citygov.adapter.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.citygov.adapter.cli.root.CompositionRoot;

/** One run of the command line on an in-memory store, for the tests: its exit status and what it printed. */
record CliRun(int status, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = CityGovCli.run(CompositionRoot.inMemory(), new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(status, out.toString(), err.toString());
    }
}
