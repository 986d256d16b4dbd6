package org.folkmoot.api.archive;

import java.sql.Connection;
import java.util.List;
import java.util.Optional;

import org.folkmoot.api.audit.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The archive of every contribution. Methods that change a contribution take the next archive
 * sequence number and return only once the change is durable (committed), except the variants that
 * take a {@link Connection}, which join the caller's transaction: the caller commits.
 *
 * <p>Methods throw {@link IllegalArgumentException} for input that cannot be stored (blank body,
 * over-long fields), {@link java.util.NoSuchElementException} for an unknown id, and
 * {@link IllegalStateException} for a change the contribution's state forbids (editing an erased one).
 * A database failure surfaces as an unchecked exception and, outside a caller's transaction, writes nothing.
 */
@ProviderType
public interface ContributionArchive {

    /** Largest accepted body, in characters. */
    int MAX_BODY = 100_000;

    /** Appends in its own transaction; durable on return. Idempotent by external id. */
    Appended append(NewContribution contribution);

    /**
     * Appends within the caller's transaction. {@code tx} must come from the platform's
     * {@code javax.sql.DataSource} with auto-commit off; the caller commits or rolls back.
     */
    Appended append(Connection tx, NewContribution contribution);

    /**
     * Appends several contributions in one transaction of its own, each exactly as {@link #append} would:
     * one {@link Appended} per contribution, in the order given; an external id already in the archive (or
     * earlier in the same list) is not appended again and answers the stored contribution with
     * {@code created} false. The new ones take consecutive sequence numbers in the order given. Durable on
     * return; a contribution that cannot be stored refuses the whole list and writes nothing. (This default,
     * for implementations that predate 1.3, appends one at a time and does not promise that; the
     * platform's archive does.)
     *
     * @since 1.3
     */
    default List<Appended> appendAll(List<NewContribution> contributions) {
        return contributions.stream().map(this::append).toList();
    }

    /**
     * {@link #appendAll(List)} within the caller's transaction (as {@link #append(Connection, NewContribution)}):
     * the caller commits or rolls back. This is the way to append many at once (an import): the archive
     * looks their external ids up together and inserts them as one batch (this default appends one at a time).
     *
     * @since 1.3
     */
    default List<Appended> appendAll(Connection tx, List<NewContribution> contributions) {
        return contributions.stream().map(c -> append(tx, c)).toList();
    }

    Optional<Contribution> get(String id);

    Optional<Contribution> byExternalId(String externalId);

    List<Contribution> find(ContributionQuery query);

    /** Changes the text of a contribution (by its author or an officer); audited. */
    Contribution edit(String id, Edit edit, Actor by);

    Contribution edit(Connection tx, String id, Edit edit, Actor by);

    /** The author takes a contribution back: no longer public, text kept. Audited. */
    Contribution withdraw(String id, Actor by);

    /** Moderation: hides a published contribution with a reason. Audited. */
    Contribution hide(String id, String reason, Actor by);

    /** Moderation: publishes a hidden contribution again with a reason. Audited. */
    Contribution unhide(String id, String reason, Actor by);

    /**
     * Erasure on request: every contribution of the author has its title and body replaced by a
     * notice, its author pseudonym and tags removed and its state set to erased (each a new sequence);
     * the author's personal details are deleted. Audited. Returns how many contributions were erased.
     */
    int eraseAuthor(String author, Actor by);

    /** Stores or replaces the personal details behind a pseudonymous author id. */
    void saveAuthorDetails(String author, AuthorDetails details);

    /** Personal details of an author, for officers only; empty after erasure. */
    Optional<AuthorDetails> authorDetails(String author);

    /**
     * Contributions whose latest change has a sequence greater than {@code sequence}, in sequence
     * order, at most {@code limit} (1 to 10,000). A contribution changed several times appears once,
     * as it stands now, with its latest sequence. Hidden, withdrawn and erased ones are included so
     * that followers can remove them.
     */
    List<Contribution> changesSince(long sequence, int limit);

    /** The highest committed sequence; 0 for an empty archive. */
    long currentSequence();

    /**
     * How many contributions {@link #changesSince} would give after {@code sequence}, in all: what a
     * follower has to catch up on. Sequences have gaps (the archive skips ahead at every start), so
     * {@code currentSequence() - sequence}, this method's fallback, can overstate it many times.
     *
     * @since 1.1
     */
    default long countChangesSince(long sequence) {
        return Math.max(0, currentSequence() - sequence);
    }
}
