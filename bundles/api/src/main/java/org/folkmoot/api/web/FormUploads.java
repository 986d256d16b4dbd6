package org.folkmoot.api.web;

import java.io.InputStream;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads the body of a {@code multipart/form-data} form, the way a page takes a file without
 * JavaScript. A service of the web bundle; a module's page method takes the body as it comes:
 *
 * <pre>
 * &#64;POST &#64;Consumes(MediaType.MULTIPART_FORM_DATA) &#64;BodyLimit(bytes = 50_000_000)
 * public Response upload(&#64;HeaderParam("Content-Type") String type, InputStream body, ...) {
 *     try (UploadedForm form = uploads.read(type, body)) {
 *         Optional&lt;UploadedFile&gt; file = form.file("addresses");
 *         ...
 * </pre>
 *
 * <p>Put the CSRF token first in the form ({@code <input type="hidden" name="csrf">} before the file
 * input): the platform checks it as the first part, before the resource runs. The body's size is
 * limited by {@link BodyLimit} before it gets here.
 */
@ProviderType
public interface FormUploads {

    /**
     * Reads every part: text fields (UTF-8) and chosen files, each file kept in a temporary file
     * until the form is closed. A file input left empty is not a file.
     *
     * @throws Refused when the body is not a readable multipart form, in words a person can act on
     */
    UploadedForm read(String contentType, InputStream body) throws Refused;

    /** The body could not be read as a form; the message says why (in English, for logs and problems). */
    final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        public Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
