/**
 * The contribution archive: the single source of truth for everything residents wrote.
 *
 * <p>Every contribution, whichever module received it, is a {@link org.folkmoot.api.archive.Contribution}
 * in the {@link org.folkmoot.api.archive.ContributionArchive}. Every change to a contribution (created,
 * edited, hidden, unhidden, withdrawn, erased) takes the next value of one archive-wide, monotonic
 * sequence. A follower such as the search index remembers the last sequence it applied and calls
 * {@link org.folkmoot.api.archive.ContributionArchive#changesSince(long, int)} to catch up; a change
 * becomes visible there only once its transaction has committed, and sequences are handed out in
 * commit order, so a follower that advances to the highest sequence it has seen never misses one.
 *
 * <p>A module that keeps rows of its own (an asset transfer case and its representations, say)
 * appends in its own transaction with {@link org.folkmoot.api.archive.ContributionArchive#append(java.sql.Connection, NewContribution)},
 * using a connection from the platform's {@code javax.sql.DataSource}: both commit or neither does.
 * Appending takes the archive's sequence lock until that transaction ends, so append last and commit soon.
 *
 * <p>{@code externalId} is unique across the archive: importers prefix it with their source
 * ({@code decidim:barcelona:proposal:123}) and appending an external id already present is a no-op
 * that returns the stored contribution. Many at once (an import) go through
 * {@link org.folkmoot.api.archive.ContributionArchive#appendAll(java.sql.Connection, java.util.List)}: the same
 * rules, one look-up and one batch insert. Erased contributions keep their external id, so
 * re-importing an old export never brings erased text back.
 *
 * <p>A contribution may carry a {@code link}: where it was said when that is not the public page of
 * its container (a reply on a thread, or a contribution that lives on another platform). Where to send
 * a person is the link, else the container's page as its module describes it through
 * {@link org.folkmoot.api.container.Containers}; never the archive's JSON.
 */
@Export
@Version("1.3.0")
package org.folkmoot.api.archive;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
