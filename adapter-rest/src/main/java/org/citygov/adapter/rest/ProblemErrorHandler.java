package org.citygov.adapter.rest;

import java.nio.ByteBuffer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.citygov.application.report.i18n.Language;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers itself, before a request reaches the API (a malformed request line or path, a URI or headers
 * too large, a body that could not be gathered): a problem document too, never an HTML page or a stack trace, with
 * the {@link SecurityHeaders}. Each has a type of {@link ProblemTypes} with its page ({@code malformed-request},
 * {@code uri-too-long}, {@code headers-too-large}, {@code request-timeout}, {@code content-too-large}; another status
 * {@code http-<status>}), and is written in the language {@code Accept-Language} asks for when the request that
 * reaches this handler carries its headers. A request Jetty refuses while reading it (its request line, path or
 * headers) comes without them: the answer is then in English, the default, with the Japanese title and detail in the
 * extension member {@code translations.ja} (the English ones in {@code translations.en} when Japanese was asked). The
 * connection is closed after it ({@code Connection: close}): what follows a request the server could not parse cannot
 * be trusted to be the next request.
 */
final class ProblemErrorHandler extends ErrorHandler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Object attribute = request.getAttribute(ERROR_STATUS);
        int status = attribute instanceof Integer code ? code : response.getStatus();
        if (status < 400) {
            status = 500;
        }
        Language language = ProblemLanguage.of(acceptLanguage(request));
        String slug = slug(status);
        String englishTitle = ProblemTypes.explain(slug).orElseThrow().title();
        ObjectNode problem = RestApi.JSON.createObjectNode();
        problem.put("type", "/problems/" + slug);
        problem.put("title", ProblemLanguage.title(slug, englishTitle, language));
        problem.put("status", status);
        problem.put("detail", detail(status).in(language));
        // the request was refused while it was read: its Accept-Language is mostly unknown, so the other language
        // comes along as an extension member (RFC 9457, section 3.2)
        ObjectNode other = problem.putObject("translations").putObject(other(language).tag());
        other.put("title", ProblemLanguage.title(slug, englishTitle, other(language)));
        other.put("detail", detail(status).in(other(language)));
        byte[] body;
        try {
            body = RestApi.JSON.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put(HttpHeader.CONTENT_LANGUAGE, language.tag());
        response.getHeaders().put(HttpHeader.VARY, "Accept-Language");
        response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        SecurityHeaders.addTo(response.getHeaders());
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    private static Language other(Language language) {
        return language == Language.JA ? Language.EN : Language.JA;
    }

    /** The request's Accept-Language, if Jetty read its headers before refusing it. */
    private static String acceptLanguage(Request request) {
        try {
            HttpFields headers = request.getHeaders();
            return headers == null ? null : headers.get(HttpHeader.ACCEPT_LANGUAGE);
        } catch (RuntimeException e) {
            return null; // a request refused before its headers were read has none to ask with
        }
    }

    /** The problem type of a status the web server answers itself. */
    static String slug(int status) {
        return switch (status) {
            case 400 -> "malformed-request";
            case 408 -> "request-timeout";
            case 413 -> "content-too-large";
            case 414 -> "uri-too-long";
            case 431 -> "headers-too-large";
            default -> "http-" + status;
        };
    }

    static ProblemText detail(int status) {
        return ProblemText.of(switch (status) {
            case 400 -> "server.badRequest";
            case 408 -> "server.timeout";
            case 413 -> "server.tooLarge";
            case 414 -> "server.uriTooLong";
            case 431 -> "server.headersTooLarge";
            default -> "server.refused";
        });
    }
}
