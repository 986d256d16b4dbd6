/**
 * Privacy: what each part of Folkmoot keeps about people, for the council's privacy notice.
 */
@Export
@Version("1.0.0")
package org.folkmoot.api.privacy;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
