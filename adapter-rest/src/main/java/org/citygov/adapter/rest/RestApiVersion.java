package org.citygov.adapter.rest;

/** The version of the HTTP API this adapter will serve; the routes themselves come with the REST issue. */
public final class RestApiVersion {
    public static final String CURRENT = "v1";

    private RestApiVersion() {
    }
}
