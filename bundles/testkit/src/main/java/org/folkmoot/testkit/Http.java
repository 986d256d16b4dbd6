package org.folkmoot.testkit;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Requests as the runtime's clients send them. Use with {@link FolkmootRuntime#send}:
 * {@code folkmoot.send(Http.post(folkmoot.uri("/api/x"), "application/json", body), "Authorization", bearer)}.
 */
public final class Http {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private Http() {
    }

    public static HttpRequest.Builder post(java.net.URI uri, String contentType, String body) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    public static HttpRequest.Builder json(String method, java.net.URI uri, String body) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    /** A browser's form post, fields in the map's order. */
    public static HttpRequest.Builder form(java.net.URI uri, Map<String, String> fields) {
        return post(uri, "application/x-www-form-urlencoded", formBody(fields));
    }

    public static String formBody(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** {@code name=value} of the answer's first {@code Set-Cookie}, ready for a {@code Cookie} header. */
    public static String cookie(HttpResponse<?> response) {
        String header = response.headers().firstValue("Set-Cookie")
                .orElseThrow(() -> new AssertionError("no Set-Cookie in " + response.statusCode() + " answer"));
        int end = header.indexOf(';');
        return end < 0 ? header : header.substring(0, end);
    }

    /** {@code Authorization} header value for a bearer token. */
    public static String bearer(String token) {
        return "Bearer " + token;
    }
}
