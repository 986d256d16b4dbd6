/**
 * The web bundle's implementation: what every module's HTTP gets without asking.
 *
 * <p>Jakarta REST whiteboard extensions, registered once for the default application:
 * {@link org.folkmoot.web.internal.JsonProvider} (Jackson, strict on input),
 * {@link org.folkmoot.web.internal.ProblemMapper} (every exception as an RFC 9457 problem, or
 * an error page for browsers), {@link org.folkmoot.web.internal.BodyLimitFilter} (request size
 * limits) and {@link org.folkmoot.web.internal.RolesAllowedFeature} ({@code @RolesAllowed}).
 * An HTTP whiteboard preprocessor, {@link org.folkmoot.web.internal.SecurityHeaders}, sets the
 * security headers on every answer, static files included.
 *
 * <p>Pages: {@link org.folkmoot.web.internal.PageRendererImpl} renders FreeMarker templates from
 * any bundle inside the shared GOV.UK Frontend layout, in English or Welsh. The
 * {@link org.folkmoot.web.internal.ModuleRegistry} tracks which modules are present and how
 * they are, for the home page, {@code /api/modules} and {@code /health}.
 */
package org.folkmoot.web.internal;
