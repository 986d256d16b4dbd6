/**
 * Containers: what contributions are written to (an assembly, a plan section, an asset transfer case,
 * an asset, a Decidim space or component), with their titles in English and Welsh, their parent and the
 * public page that shows them.
 *
 * <p>The archive stores a contribution's {@link org.folkmoot.api.archive.Container} as a type and an id.
 * The module that owns a container type answers for it: it registers a {@link ContainerProvider} service
 * naming its {@link ContainerType}s, and {@link ContainerProvider#describe} turns a type and id into
 * {@link ContainerDetails} (titles, parent, page), reading its own tables. A provider answers only for
 * the types it lists and must answer quickly: search calls it once per container while indexing.
 *
 * <p>Bundles that show contributions to people (search, exports, moderation lists) use the platform's
 * one {@link Containers} service: it finds the provider for a type and says where a contribution was
 * said ({@link Containers#pageOf}): its own link, else its container's page. A container whose contributions
 * came from elsewhere under a licence (a Decidim site's open data, under the ODbL) carries that {@link Licence},
 * and what shows them shows it beside them. A module whose bundle is not
 * running describes nothing; callers then fall back to what the archive holds.
 */
@Export
@Version("1.1.0")
package org.folkmoot.api.container;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
