package org.citygov.adapter.rest;

/** A resource of the API: declares its operations, with their roles and handlers, in the {@link RouteTable}. */
interface Resource {

    void addTo(RouteTable table);
}
