/**
 * The HTTP adapter: Javalin routes over the application's in-ports, bearer-token roles, ETags and If-Match,
 * RFC 9457 problems for every error, and the OpenAPI 3.1 document generated from the same route table that registers
 * the routes ({@link org.citygov.adapter.rest.RestApi}).
 */
package org.citygov.adapter.rest;
