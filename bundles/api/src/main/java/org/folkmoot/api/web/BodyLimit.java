package org.folkmoot.api.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Raises (or lowers) the request body size limit for one REST resource method or class.
 * Without it a request body may be at most the web bundle's configured default (1 MiB);
 * a larger body is answered with 413 before the resource runs.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface BodyLimit {

    /** The largest accepted request body, in bytes. */
    long bytes();
}
