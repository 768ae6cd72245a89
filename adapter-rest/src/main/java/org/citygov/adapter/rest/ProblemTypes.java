package org.citygov.adapter.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The problem types the API answers with: each problem's {@code type} is {@code /problems/<slug>}, and
 * {@code GET /problems/<slug>} serves the page that explains it. A problem of a type not listed here cannot be made.
 */
final class ProblemTypes {

    /** What a type means and what a client does about it. */
    record Explanation(int status, String title, String meaning, String remedy) {
    }

    private static final Pattern HTTP = Pattern.compile("http-[1-5][0-9][0-9]");

    private static final Map<String, Explanation> TYPES = new LinkedHashMap<>();

    static {
        add("bad-request", 400, "The request is malformed", "The request could not be read: no body where one is"
                + " needed, a body where none is taken, or a body that is not UTF-8.", "Fix the request as the"
                + " detail says and send it again.");
        add("invalid-body", 400, "The request body is invalid", "The body was read but breaks the operation's"
                + " schema; errors lists every invalid field with its path (and line). Nothing was changed.",
                "Correct each listed field; the API document shows the body's schema and an example.");
        add("invalid-query", 400, "The query is invalid", "A query parameter is missing or not of its type;"
                + " errors names each one.", "Send the parameters as the operation's description says.");
        add("invalid", 400, "The request breaks a rule of the project", "The body is well-formed, but the project"
                + " it would make breaks one of the domain's rules (a flow naming an unknown asset, a duplicate"
                + " id); errors lists each violation with its path.", "Change what errors points at.");
        add("malformed-request", 400, "The server could not read the request", "The request line, the path"
                + " (a bad percent-encoding, a control character) or a header breaks HTTP: the web server refused the"
                + " request before it reached an operation of the API, and closed the connection.", "Fix the"
                + " request (encode the path as RFC 3986 says) and send it on a new connection.");
        add("unauthorized", 401, "Authentication required", "No bearer token, or one that is unknown, malformed or"
                + " revoked.", "Send Authorization: Bearer <token>; tokens are issued by `citygov token create`"
                + " or POST /tokens.");
        add("forbidden", 403, "Not allowed", "The token's role may not call this operation (its roles are in the"
                + " API document, x-citygov-roles), or may not do it for what it names (a PROVIDER asks for"
                + " decisions on its own behalf only).", "Use a token of a role that may; do not retry as is.");
        add("not-found", 404, "No such resource", "Nothing with this id exists, or it is not visible to this token"
                + " (a PROVIDER sees only the projects it takes part in; a subject only its own records).",
                "Check the id; list the collection to see what exists.");
        add("method-not-allowed", 405, "Method not allowed", "The path exists but not with this method.",
                "See the API document for the path's operations.");
        add("request-timeout", 408, "The body came too slowly", "The body did not arrive in full within the"
                + " server's body timeout; the connection is closed and nothing was changed.", "Send the body again,"
                + " at once and in full.");
        add("conflict", 409, "The current state does not allow this", "The operation is refused by the state of"
                + " what it changes: an id taken, a cycle step whose prerequisites are not met, a consent withdrawn"
                + " already, a request answered already. A refused cycle move lists what is missing in"
                + " missing (each with a path and a message).", "Change the state first (add what is missing),"
                + " then retry; retrying unchanged gives the same answer.");
        add("precondition-failed", 412, "The project has changed", "If-Match names a version of the project"
                + " that is no longer the stored one: someone changed it since it was read.", "Read the project"
                + " again (GET /projects/{id}), reapply the change to what you read, and send it with the new"
                + " ETag.");
        add("content-too-large", 413, "The body is too large", "The body is larger than this server accepts.",
                "Send a smaller body; the limit is set with `citygov serve --max-body-bytes`.");
        add("uri-too-long", 414, "The URI is too long", "The request line is longer than the web server"
                + " accepts; the connection is closed.", "Send a shorter URI: ids are short, and lists are paged"
                + " with offset and limit.");
        add("unsupported-media-type", 415, "The body must be JSON", "The body is not declared application/json"
                + " (UTF-8).", "Send Content-Type: application/json.");
        add("listing-refused", 422, "The listing screening refuses the offer", "The offer breaks the platform's"
                + " listing rules (MARKET.md): findings lists each finding with its code, severity, subject and"
                + " basis; the blocking ones are named in the detail. Nothing was stored.", "Change the offer (its"
                + " terms, licence or declarations) as the blocking findings say, then offer it again.");
        add("agreement-refused", 422, "The agreement review refuses the agreement", "The agreement breaks the"
                + " offer's terms or the platform's rules (MARKET.md): a purpose the terms do not permit, a user who"
                + " has not accepted the current terms; findings lists each finding with its code. Nothing was"
                + " stored or logged.", "Conclude an agreement the terms permit (another purpose, after accepting"
                + " the terms in force); retrying unchanged gives the same answer.");
        add("precondition-required", 428, "If-Match is required", "A change of a project must say which version"
                + " it was based on, so that it never overwrites a change it has not seen. If-Match: * is not"
                + " accepted.", "Send If-Match with the ETag of the project as you last read it.");
        add("headers-too-large", 431, "The request's headers are too large", "The request's headers together"
                + " are larger than the web server accepts; the connection is closed.", "Send fewer or smaller"
                + " headers (a cookie or a token that has grown), on a new connection.");
        add("internal-error", 500, "Internal error", "CityGov could not complete the request; the fault is logged"
                + " under the problem's requestId. Nothing about the fault is in the answer.", "Report the"
                + " requestId to the operator; retrying may succeed if the fault was passing.");
        add("not-ready", 503, "Not ready", "The API cannot serve requests now: its store is unreachable or it is"
                + " shutting down.", "Retry later; a load balancer takes the instance out meanwhile.");
    }

    private ProblemTypes() {
    }

    private static void add(String slug, int status, String title, String meaning, String remedy) {
        TYPES.put(slug, new Explanation(status, title, meaning, remedy));
    }

    /** {@code slug} if it is a problem type of the API; a generic {@code http-<status>} is one too. */
    static String require(String slug) {
        if (!TYPES.containsKey(slug) && !HTTP.matcher(slug).matches()) {
            throw new IllegalArgumentException("\"" + slug + "\" is not a problem type of the API: add it to"
                    + " ProblemTypes with the page that explains it");
        }
        return slug;
    }

    static Optional<Explanation> explain(String slug) {
        if (TYPES.containsKey(slug)) {
            return Optional.of(TYPES.get(slug));
        }
        if (HTTP.matcher(slug).matches()) {
            int status = Integer.parseInt(slug.substring(5));
            return Optional.of(new Explanation(status, "HTTP " + status, "The server refused the request with HTTP"
                    + " status " + status + " before it reached an operation of the API (a malformed request line,"
                    + " headers too large).", "Check the request against HTTP and the API document."));
        }
        return Optional.empty();
    }

    static Map<String, Explanation> all() {
        return Map.copyOf(TYPES);
    }

    /** The page of a problem type: plain HTML, every text escaped. */
    static String page(String slug, Explanation e) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><title>%2$s</title></head>
                <body>
                <h1>%2$s</h1>
                <p>Problem type <code>/problems/%1$s</code>, answered with HTTP status %3$d as
                <code>application/problem+json</code> (RFC 9457).</p>
                <h2>What it means</h2>
                <p>%4$s</p>
                <h2>What to do</h2>
                <p>%5$s</p>
                <p><a href="/docs">The API document</a></p>
                </body>
                </html>
                """.formatted(escape(slug), escape(e.title()), e.status(), escape(e.meaning()), escape(e.remedy()));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
