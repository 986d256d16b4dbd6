package org.folkmoot.api.web;

import java.time.LocalDate;
import java.util.Map;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Renders a module's page inside the shared layout (GOV.UK Frontend, English and Welsh).
 *
 * <p>Templates are FreeMarker {@code .ftlh} files (HTML auto-escaping on) in the owner's bundle
 * under {@code /templates/}. A template sets the page title with {@code <#assign title=...>} and
 * writes its body inside {@code <@layout.page>...</@layout.page>}. Messages come from the owner's
 * {@code /l10n/messages.properties} and {@code /l10n/messages_cy.properties}, then from the web
 * bundle's own; {@code msg("key")} looks one up in the request's language, {@code url("/path")}
 * keeps the language in links and {@code date(d)} writes a date as people read it.
 *
 * <p>Page resources return a {@link Page}, which the web bundle renders with the request's
 * language; the page kit ({@code <@kit.textInput>}, {@code <@kit.errorSummary>} and the other
 * GOV.UK Design System components) is imported into every template as {@code kit}.
 */
@ProviderType
public interface PageRenderer {

    /** Query parameter that chooses the page language: {@code en} (default) or {@code cy}. */
    String LANGUAGE_PARAMETER = "lang";

    /**
     * @param owner    a class of the module bundle whose templates and messages are used
     * @param template file name under {@code /templates/}, such as {@code register.ftlh}
     * @param model    values the template reads
     * @param uri      the request's URI, for the language and the language switch link
     * @param headers  the request's headers, for {@code Accept-Language} when no language is chosen
     * @return the whole HTML page
     * @deprecated return a {@link Page} from the resource method instead: the web bundle renders it
     *             with the request's language, and the method needs no {@code UriInfo} or {@code HttpHeaders}
     */
    @Deprecated
    String render(Class<?> owner, String template, Map<String, ?> model, UriInfo uri, HttpHeaders headers);

    /** The request's language: {@code cy} or {@code en}. */
    String language(UriInfo uri, HttpHeaders headers);

    /**
     * A date as people read it, in the page's language: "15 May 2027", "15 Mai 2027". The one
     * place dates are written for people (templates call the same as {@code date(d)}).
     *
     * @param date     the date
     * @param language {@code en} or {@code cy}
     */
    String date(LocalDate date, String language);
}
