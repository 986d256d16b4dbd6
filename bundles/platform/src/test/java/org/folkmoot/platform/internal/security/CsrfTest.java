package org.folkmoot.platform.internal.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;

class CsrfTest {

    /** A request with a header (may be null), a media type and a body; records the body put back. */
    static final class Request {
        final String header;
        final MediaType type;
        InputStream body;

        Request(String header, MediaType type, String body) {
            this.header = header;
            this.type = type;
            this.body = new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
        }

        ContainerRequestContext context() {
            return (ContainerRequestContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {ContainerRequestContext.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "getHeaderString" -> AuthenticationFilter.CSRF_HEADER.equals(args[0]) ? header : null;
                        case "getMediaType" -> type;
                        case "hasEntity" -> true;
                        case "getEntityStream" -> body;
                        case "setEntityStream" -> {
                            body = (InputStream) args[0];
                            yield null;
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }

    private static final MediaType FORM = new MediaType("application", "x-www-form-urlencoded");

    @Test
    void aFormFieldOrHeaderMustMatchTheSessionsToken() throws Exception {
        assertTrue(AuthenticationFilter.csrfOk(new Request("tok-1", null, "").context(), "tok-1"));
        assertFalse(AuthenticationFilter.csrfOk(new Request("tok-2", null, "").context(), "tok-1"));
        assertFalse(AuthenticationFilter.csrfOk(new Request(null, new MediaType("application", "json"), "{}").context(), "tok-1"));

        Request form = new Request(null, FORM, "reason=spam&_csrf=tok%2D1");
        assertTrue(AuthenticationFilter.csrfOk(form.context(), "tok-1"));
        assertArrayEquals("reason=spam&_csrf=tok%2D1".getBytes(StandardCharsets.UTF_8), form.body.readAllBytes(),
                "the resource still reads the whole form");
        assertFalse(AuthenticationFilter.csrfOk(new Request(null, FORM, "reason=spam").context(), "tok-1"));
        assertFalse(AuthenticationFilter.csrfOk(new Request(null, FORM, "_csrf=").context(), ""), "an empty token never matches");
    }

    @Test
    void aFileUploadFormCarriesTheTokenAsItsFirstField() throws Exception {
        MediaType multipart = new MediaType("multipart", "form-data", java.util.Map.of("boundary", "XyZ"));
        String body = "--XyZ\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\ntok-1\r\n"
                + "--XyZ\r\nContent-Disposition: form-data; name=\"export\"; filename=\"open-data.zip\"\r\n"
                + "Content-Type: application/zip\r\n\r\nPK...\r\n--XyZ--\r\n";
        Request upload = new Request(null, multipart, body);
        assertTrue(AuthenticationFilter.csrfOk(upload.context(), "tok-1"));
        assertArrayEquals(body.getBytes(StandardCharsets.UTF_8), upload.body.readAllBytes(), "the resource still reads it all");
        assertFalse(AuthenticationFilter.csrfOk(new Request(null, multipart, body).context(), "tok-2"));
        assertFalse(AuthenticationFilter.csrfOk(new Request(null, multipart, body.replace("_csrf", "note")).context(), "tok-1"),
                "the token must be the first field");
        assertFalse(AuthenticationFilter.csrfOk(new Request(null, new MediaType("multipart", "form-data"), body).context(), "tok-1"),
                "no boundary, no form");
    }
}
