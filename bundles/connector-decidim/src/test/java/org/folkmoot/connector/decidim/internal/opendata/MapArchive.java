package org.folkmoot.connector.decidim.internal.opendata;

import java.sql.Connection;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.folkmoot.api.archive.Appended;
import org.folkmoot.api.archive.AuthorDetails;
import org.folkmoot.api.archive.ChangeKind;
import org.folkmoot.api.archive.Contribution;
import org.folkmoot.api.archive.ContributionArchive;
import org.folkmoot.api.archive.ContributionQuery;
import org.folkmoot.api.archive.ContributionState;
import org.folkmoot.api.archive.Edit;
import org.folkmoot.api.archive.NewContribution;
import org.folkmoot.api.audit.Actor;
import org.folkmoot.api.storage.Transactions;

/** The archive's contract in memory, for unit tests: idempotent by external id, edits counted as changes. */
final class MapArchive implements ContributionArchive, Transactions {

    final Map<String, Contribution> byExternalId = new LinkedHashMap<>();
    long sequence;
    int edits;

    @Override
    public <T> T inTransaction(org.folkmoot.api.storage.TxWork<T> work) {
        try {
            return work.run(null);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Appended append(Connection tx, NewContribution n) {
        if (n.body().isBlank()) {
            throw new IllegalArgumentException("blank body");
        }
        Contribution there = byExternalId.get(n.externalId());
        if (there != null) {
            return new Appended(there, false);
        }
        Contribution c = new Contribution("c" + (byExternalId.size() + 1), n.externalId(), n.module(), n.container(), n.kind(),
                n.title(), n.body(), n.language(), n.locality(), n.author(), n.created(), n.created(),
                ContributionState.PUBLISHED, n.tags(), ++sequence, ChangeKind.CREATED, "", n.link());
        byExternalId.put(n.externalId(), c);
        return new Appended(c, true);
    }

    @Override
    public Appended append(NewContribution n) {
        return append(null, n);
    }

    @Override
    public Contribution edit(Connection tx, String id, Edit e, Actor by) {
        Contribution c = byExternalId.values().stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(NoSuchElementException::new);
        Contribution edited = new Contribution(c.id(), c.externalId(), c.module(), c.container(), c.kind(), e.title(), e.body(),
                c.language(), c.locality(), c.author(), c.created(), Instant.now(), c.state(), c.tags(), ++sequence,
                ChangeKind.EDITED, "", c.link());
        byExternalId.put(c.externalId(), edited);
        edits++;
        return edited;
    }

    Contribution external(String externalId) {
        return byExternalId.get(externalId);
    }

    @Override public Optional<Contribution> get(String id) { throw new UnsupportedOperationException(); }
    @Override public Optional<Contribution> byExternalId(String id) { return Optional.ofNullable(byExternalId.get(id)); }
    @Override public List<Contribution> find(ContributionQuery query) { throw new UnsupportedOperationException(); }
    @Override public Contribution edit(String id, Edit edit, Actor by) { return edit(null, id, edit, by); }
    @Override public Contribution withdraw(String id, Actor by) { throw new UnsupportedOperationException(); }
    @Override public Contribution hide(String id, String reason, Actor by) { throw new UnsupportedOperationException(); }
    @Override public Contribution unhide(String id, String reason, Actor by) { throw new UnsupportedOperationException(); }
    @Override public int eraseAuthor(String author, Actor by) { throw new UnsupportedOperationException(); }
    @Override public void saveAuthorDetails(String author, AuthorDetails details) { throw new UnsupportedOperationException(); }
    @Override public Optional<AuthorDetails> authorDetails(String author) { throw new UnsupportedOperationException(); }
    @Override public List<Contribution> changesSince(long since, int limit) { throw new UnsupportedOperationException(); }
    @Override public long currentSequence() { return sequence; }
}
