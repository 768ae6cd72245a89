package org.citygov.adapter.rest;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.javalin.http.HandlerType;

import org.citygov.domain.access.Role;

/**
 * One operation of the API: the route that Javalin registers and the entry of the API document, from one
 * declaration, with the roles that may call it. An operation without roles is public.
 *
 * @param requestSchema   the type of the body (its schema in the document), or null for an operation without one
 * @param responseSchema  the type of the success body, or null for none; {@code responseType} is its media type
 * @param jsonAlternative the type of an {@code application/json} representation the operation also gives (by
 *                        {@code Accept}; {@code Object} for any object), or null for none
 * @param conditional     a change of an existing project: needs {@code If-Match} with the project's ETag
 * @param paged           a list: takes {@code offset} and {@code limit}
 * @param query           the other query parameters it takes
 * @param errors          the problem statuses the operation may answer besides those every operation may
 */
record Operation(HandlerType method, String path, String operationId, String tag, String summary, Set<Role> roles,
                 boolean isPublic, java.lang.reflect.Type requestSchema, int status,
                 java.lang.reflect.Type responseSchema, String responseType, java.lang.reflect.Type jsonAlternative,
                 boolean conditional, boolean paged, List<QueryParameter> query, List<Integer> errors,
                 RestHandler handler) {

    /** What a query parameter holds, for the document. */
    enum QueryType {
        /** A whole number from 1. */
        VERSION,
        /** An ISO-8601 instant. */
        INSTANT,
        /** A catalogue language. */
        LANGUAGE,
        /** A tree size of the linkage log: a whole number from 0. */
        SIZE,
        /** Where a correction request stands: OPEN, RESOLVED or REJECTED. */
        CORRECTION_STATE
    }

    /** A query parameter besides paging: its name, whether it must be given, its type and what it means. */
    record QueryParameter(String name, boolean required, QueryType type, String description) {
        QueryParameter {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(description, "description");
        }
    }

    /** A handler that is told who calls (null on a public operation). */
    @FunctionalInterface
    interface RestHandler {
        void handle(io.javalin.http.Context ctx, org.citygov.application.port.in.Authenticate.Caller caller)
                throws Exception;
    }

    Operation {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(operationId, "operationId");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        if (isPublic != roles.isEmpty()) {
            throw new IllegalArgumentException(operationId + ": an operation is public or names its roles");
        }
        query = List.copyOf(query);
        errors = List.copyOf(errors);
        Objects.requireNonNull(handler, "handler");
    }

    boolean allows(Role role) {
        return roles.contains(role);
    }

    /** Builds operations one property at a time. */
    static final class Builder {
        private final HandlerType method;
        private final String path;
        private String operationId;
        private String tag;
        private String summary;
        private Set<Role> roles = Set.of();
        private boolean isPublic;
        private java.lang.reflect.Type requestSchema;
        private int status = 200;
        private java.lang.reflect.Type responseSchema;
        private String responseType = "application/json";
        private java.lang.reflect.Type jsonAlternative;
        private boolean conditional;
        private boolean paged;
        private final List<QueryParameter> query = new java.util.ArrayList<>();
        private List<Integer> errors = List.of();
        private final java.util.function.Consumer<Operation> table;

        /** @param table where the operation goes once it has its handler */
        Builder(HandlerType method, String path, java.util.function.Consumer<Operation> table) {
            this.method = method;
            this.path = path;
            this.table = table;
        }

        Builder id(String id, String tagName, String text) {
            this.operationId = id;
            this.tag = tagName;
            this.summary = text;
            return this;
        }

        Builder roles(Set<Role> allowed) {
            this.roles = allowed;
            return this;
        }

        Builder open() {
            this.isPublic = true;
            return this;
        }

        Builder body(java.lang.reflect.Type schema) {
            this.requestSchema = schema;
            return this;
        }

        Builder returns(int code, java.lang.reflect.Type schema) {
            this.status = code;
            this.responseSchema = schema;
            return this;
        }

        Builder returnsHtml() {
            this.responseType = "text/html";
            this.responseSchema = String.class;
            return this;
        }

        /** A body of another media type than JSON or HTML (an SVG figure), documented as a string. */
        Builder returnsType(String type) {
            this.responseType = type;
            this.responseSchema = String.class;
            return this;
        }

        /** Also an {@code application/json} representation, asked for with {@code Accept}. */
        Builder alsoJson(java.lang.reflect.Type schema) {
            this.jsonAlternative = schema;
            return this;
        }

        Builder conditional() {
            this.conditional = true;
            return this;
        }

        Builder paged() {
            this.paged = true;
            return this;
        }

        Builder query(String name, boolean required, QueryType type, String description) {
            this.query.add(new QueryParameter(name, required, type, description));
            return this;
        }

        Builder errors(Integer... codes) {
            this.errors = List.of(codes);
            return this;
        }

        /** The operation with its handler, added to the route table. */
        Operation handle(RestHandler handler) {
            Operation operation = new Operation(method, path, operationId, tag, summary, roles, isPublic,
                    requestSchema, status, responseSchema, responseType, jsonAlternative, conditional, paged, query,
                    errors, handler);
            table.accept(operation);
            return operation;
        }
    }
}
