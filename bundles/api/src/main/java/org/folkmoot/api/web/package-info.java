/**
 * Services the web bundle offers to modules: the shared page layout in English and Welsh, the
 * page kit (GOV.UK Design System components with errors beside their fields) and {@link
 * org.folkmoot.api.web.Page}, which page resources return for the web bundle to render.
 *
 * <p>REST endpoints need nothing from here: a module registers a prototype-scoped DS component
 * annotated {@code @JakartarsResource}; the web bundle supplies JSON (Jackson), RFC 9457
 * {@code application/problem+json} errors for every thrown {@code WebApplicationException},
 * request size limits and security headers to every endpoint. A date from outside is read with
 * {@link org.folkmoot.api.web.DateInput}, which JSON bodies already go through. A page that takes a
 * file reads its multipart form with the {@link org.folkmoot.api.web.FormUploads} service (1.2.0).
 */
@Export
@Version("1.2.0")
package org.folkmoot.api.web;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
