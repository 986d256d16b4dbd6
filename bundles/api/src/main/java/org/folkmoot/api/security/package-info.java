/**
 * Who is asking: roles, users and permissions.
 *
 * <p>The platform authenticates every REST request (a session cookie after login, or an
 * {@code Authorization: Bearer} API token) and sets the request's
 * {@link jakarta.ws.rs.core.SecurityContext}: its user principal is a
 * {@link org.folkmoot.api.security.FolkmootUser} and {@code isUserInRole} answers by the one rule
 * of {@link org.folkmoot.api.security.Roles#covers}.
 *
 * <p>Roles are open: each module declares its own ({@code assets.officer},
 * {@code assemblies.facilitator}, {@code plans.editor}) by registering a
 * {@link org.folkmoot.api.security.ModuleRoles} service; an administrator grants them per account.
 * The platform has two of its own, {@code admin} and {@code resident}. Resources declare
 * {@code @RolesAllowed("assets.officer")}: admins always pass, and an officer of another module
 * does not. {@code @RolesAllowed("**")} admits anyone signed in. An action that reaches every
 * module at once (erasing a resident everywhere, importing into any module) is for admins.
 *
 * <p>Forms posted with a session cookie must carry the user's
 * {@link org.folkmoot.api.security.FolkmootUser#csrfToken()} in a field named {@code _csrf}
 * (or the header {@code X-CSRF-Token}); requests with a bearer token need none.
 *
 * <p>What a user writes into the archive carries {@link org.folkmoot.api.security.Pseudonyms#authorOf},
 * never {@link org.folkmoot.api.security.FolkmootUser#id()}, which is their sign-in name.
 */
@Export
@Version("2.1.0")
package org.folkmoot.api.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
