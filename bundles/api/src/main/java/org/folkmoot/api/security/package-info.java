/**
 * Who is asking: roles, users and permissions.
 *
 * <p>The platform authenticates every REST request (a session cookie after login, or an
 * {@code Authorization: Bearer} API token) and sets the request's
 * {@link jakarta.ws.rs.core.SecurityContext}: its user principal is a
 * {@link org.folkmoot.api.security.FolkmootUser} and {@code isUserInRole} answers for the role ids
 * {@code resident}, {@code officer}, {@code facilitator} and {@code admin}. Resources declare
 * {@code @RolesAllowed({"officer", "admin"})} and, for per-module permissions, check
 * {@link org.folkmoot.api.security.FolkmootUser#mayManage(String)}.
 *
 * <p>Forms posted with a session cookie must carry the user's
 * {@link org.folkmoot.api.security.FolkmootUser#csrfToken()} in a field named {@code _csrf}
 * (or the header {@code X-CSRF-Token}); requests with a bearer token need none.
 *
 * <p>What a user writes into the archive carries {@link org.folkmoot.api.security.Pseudonyms#authorOf},
 * never {@link org.folkmoot.api.security.FolkmootUser#id()}, which is their sign-in name.
 */
@Export
@Version("1.1.0")
package org.folkmoot.api.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
