package org.citygov.adapter.rest;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Headers every answer carries, the API's and the {@code /docs} page's alike: browsers must not guess a content type
 * other than the one declared ({@code nosniff}), and no page may show the API or its documentation in a frame
 * (against click-jacking: {@code frame-ancestors 'none'}, and {@code X-Frame-Options} for older browsers).
 */
final class SecurityHeaders {

    static final String CONTENT_TYPE_OPTIONS = "nosniff";
    static final String FRAME_OPTIONS = "DENY";
    static final String CONTENT_SECURITY_POLICY = "frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static void addTo(HttpFields.Mutable headers) {
        headers.put("X-Content-Type-Options", CONTENT_TYPE_OPTIONS);
        headers.put("X-Frame-Options", FRAME_OPTIONS);
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    }

    /** Puts the headers on every response before the wrapped handler writes it. */
    static final class OnEveryResponse extends Handler.Wrapper {
        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            addTo(response.getHeaders());
            return super.handle(request, response, callback);
        }
    }
}
