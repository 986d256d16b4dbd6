/**
 * What a Folkmoot module tells the runtime about itself.
 *
 * <p>Every module bundle registers one {@link org.folkmoot.api.module.ModuleInfo} service and
 * carries the manifest header {@code Folkmoot-Module: <id>}. The web bundle lists the registered
 * modules on the home page and at {@code GET /api/modules}; a bundle that carries the header but
 * registers no {@code ModuleInfo} (its components could not start) is reported as down on
 * {@code GET /health}.
 */
@Export
@Version("1.1.0")
package org.folkmoot.api.module;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
