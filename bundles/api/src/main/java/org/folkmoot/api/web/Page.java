package org.folkmoot.api.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A page for the web layer to render in the shared layout: a page resource method returns one
 * (or a {@code Response} whose entity is one) and the web bundle renders it with the request's
 * language, so the method needs neither {@code UriInfo} nor {@code HttpHeaders}.
 *
 * <p>A form that was refused puts its errors under the model key {@link #ERRORS}: a map from the
 * id of the field that caused each error (what the error summary links to) to the message or
 * message key, in the order the fields appear. The page kit's field macros show each error beside
 * its field and {@code <@kit.errorSummary/>} lists them all.
 *
 * @param owner    a class of the module bundle whose templates and messages are used
 * @param template file name under {@code /templates/}, such as {@code register.ftlh}
 * @param model    values the template reads
 * @param status   the HTTP status to answer with: 200, or 409/422 for a form shown again with its errors
 */
public record Page(Class<?> owner, String template, Map<String, ?> model, int status) {

    /** The model key of a form's field errors: field id to message (or message key), in page order. */
    public static final String ERRORS = "errors";

    public Page {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(template, "template");
        model = Collections.unmodifiableMap(new LinkedHashMap<>(model == null ? Map.of() : model));
        if (status < 200 || status > 599) {
            throw new IllegalArgumentException("A page's status is 200 to 599, not " + status);
        }
    }

    /** A page answered with 200. */
    public static Page of(Class<?> owner, String template, Map<String, ?> model) {
        return new Page(owner, template, model, 200);
    }

    /** The same page with another status, such as 422 for a form shown again with its errors. */
    public Page withStatus(int newStatus) {
        return new Page(owner, template, model, newStatus);
    }
}
