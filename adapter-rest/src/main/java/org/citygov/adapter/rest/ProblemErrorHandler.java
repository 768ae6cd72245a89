package org.citygov.adapter.rest;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers itself, before a request reaches the API (a malformed request line or path, a URI or headers
 * too large, a body that could not be gathered): a problem document too, never an HTML page or a stack trace, with
 * the {@link SecurityHeaders}. The connection is closed after it ({@code Connection: close}): what follows a request
 * the server could not parse cannot be trusted to be the next request.
 */
final class ProblemErrorHandler extends ErrorHandler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Object attribute = request.getAttribute(ERROR_STATUS);
        int status = attribute instanceof Integer code ? code : response.getStatus();
        if (status < 400) {
            status = 500;
        }
        String body = "{\"type\":\"/problems/http-" + status + "\",\"title\":\"HTTP " + status + "\",\"status\":"
                + status + ",\"detail\":\"" + detail(status) + "\"}";
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        // answered before the API sees the request: in English, whatever Accept-Language asks
        response.getHeaders().put(HttpHeader.CONTENT_LANGUAGE, "en");
        response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        SecurityHeaders.addTo(response.getHeaders());
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 -> "the request is malformed (its request line, path or headers); the server refused it before"
                    + " it reached the API";
            case 408 -> "the request did not arrive in time; send it at once";
            case 413 -> "the request is larger than the server accepts";
            case 414 -> "the URI is longer than the server accepts";
            case 431 -> "the request's headers are larger than the server accepts";
            default -> "the server refused the request before it reached the API";
        };
    }
}
