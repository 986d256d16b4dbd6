package org.folkmoot.web.internal;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, the body of every error answer.
 *
 * @param type     a URI naming the kind of problem ({@code about:blank} when the status says it all)
 * @param title    the status's short name
 * @param status   the HTTP status
 * @param detail   what went wrong with this request and what to do about it
 * @param instance the request path
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
