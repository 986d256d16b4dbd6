package org.folkmoot.assemblies.internal.rest;

import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.api.web.Page;
import org.folkmoot.assemblies.internal.Refused;
import org.folkmoot.assemblies.internal.evidence.ResidentsVoice;

/**
 * The comment forms on the sessions and evidence pages: what was typed, and where each refusal goes
 * (beside the form's own field, {@code <form id>-text}), the page again or back to it (303).
 */
final class VoiceForms {
    private VoiceForms() {
    }

    /** The text fields of a comment form. */
    static Map<String, String> typed(MultivaluedMap<String, String> form) {
        Map<String, String> typed = new HashMap<>();
        for (String f : new String[] {"text", "language", "organisation"}) {
            String value = form == null ? null : form.getFirst(f);
            typed.put(f, value == null ? "" : value.strip());
        }
        return typed;
    }

    /**
     * Writes the comment with {@code write}; on success back to {@code back} (303, with the page's
     * language and the anchor), else the page made by {@code page} with each error beside its field.
     */
    static Response post(String formId, Map<String, String> typed, String lang, String back,
            Function<ResidentsVoice.Writing, ?> write, PageMaker page) {
        try {
            write.apply(new ResidentsVoice.Writing(typed.get("text"), typed.get("language"), typed.get("organisation")));
            String anchor = back.contains("#") ? back.substring(back.indexOf('#')) : "";
            String path = back.contains("#") ? back.substring(0, back.indexOf('#')) : back;
            return Response.seeOther(URI.create(path + ("cy".equals(lang) ? "?lang=cy" : "") + anchor)).build();
        } catch (Refused r) {
            Map<String, String> errors = new LinkedHashMap<>();
            r.errors("cy".equals(lang) ? "cy" : "en").forEach((f, m) -> errors.put(formId + "-" + f, m));
            int status = r.status() == 413 ? 413 : 422;
            Map<String, String> values = new HashMap<>(typed);
            values.put("form", formId);
            return Response.status(status).entity(page.make(values, errors).withStatus(status)).build();
        }
    }

    /** The page again, with what was typed and the errors. */
    interface PageMaker {
        Page make(Map<String, String> values, Map<String, String> errors);
    }

    /** The user signed in, or 401. */
    static FolkmootUser signedIn(SecurityContext sc) {
        return FolkmootUser.of(sc).orElseThrow(() -> new jakarta.ws.rs.NotAuthorizedException("Sign in first.", "Bearer"));
    }

    static String csrf(SecurityContext sc) {
        return FolkmootUser.of(sc).map(FolkmootUser::csrfToken).orElse("");
    }
}
