package org.citygov.architecture.violations.domainimport.domain;

import picocli.CommandLine;

/** A domain class that lets a framework in: the domain may use java.. and itself only. */
public class BadDomainClass {
    private final CommandLine commandLine = new CommandLine(new GoodDomainValue("x"));

    public CommandLine commandLine() {
        return commandLine;
    }
}
