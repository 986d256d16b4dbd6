package org.folkmoot.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

/** What the process tests expect of an HTTP answer, each failing with the address and the body. */
final class Answers {
    private Answers() {
    }

    /** Exactly 200. */
    static HttpResponse<String> ok(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.request().uri() + ": " + r.body());
        return r;
    }

    /** Any 2xx. */
    static HttpResponse<String> successful(HttpResponse<String> r) {
        assertTrue(r.statusCode() / 100 == 2, r.request().uri() + " answered " + r.statusCode() + ": " + r.body());
        return r;
    }

    /** A refusal: problem+json with its status. */
    static HttpResponse<String> problem(HttpResponse<String> r) {
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                r.request().uri() + " answered " + r.statusCode() + " " + r.headers().firstValue("Content-Type") + ": " + r.body());
        return r;
    }
}
