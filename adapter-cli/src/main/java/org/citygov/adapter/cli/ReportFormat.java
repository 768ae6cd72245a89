package org.citygov.adapter.cli;

/** How a command writes its result: for people or for programs. */
enum ReportFormat {
    text,
    json
}
