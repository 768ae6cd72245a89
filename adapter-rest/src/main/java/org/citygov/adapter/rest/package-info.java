/**
 * The HTTP adapter. It arrives with the REST issue: routes over the application's in-ports, problem+json errors and
 * the OpenAPI document. Until then the module holds only {@link org.citygov.adapter.rest.RestApiVersion}.
 */
package org.citygov.adapter.rest;
