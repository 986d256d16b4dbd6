package org.folkmoot.connector.consul.internal.sync;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

import org.folkmoot.api.archive.Appended;
import org.folkmoot.api.archive.Contribution;
import org.folkmoot.api.archive.ContributionArchive;
import org.folkmoot.api.archive.ContributionState;
import org.folkmoot.api.archive.Edit;
import org.folkmoot.api.archive.NewContribution;
import org.folkmoot.api.audit.Actor;
import org.folkmoot.connector.consul.internal.client.ConsulItem;
import org.folkmoot.connector.consul.internal.client.ItemType;
import org.folkmoot.connector.consul.internal.mapping.ConsulMapper;
import org.folkmoot.connector.consul.internal.mapping.ConsulMapper.MappedText;
import org.folkmoot.connector.consul.internal.sync.SeenItem.Status;

/**
 * Brings the archive in step with one item as the site shows it now, and records what it saw: a new item is
 * appended (a no-op when its external id is already there), an edit at the source becomes an edit, an item back
 * on the site is shown again, a proposal its author retired is hidden as withdrawn, an item whose author's account
 * was deleted has that author's contributions from the site erased, and an item no longer on the site is hidden
 * with the reason. What did not change at the source writes nothing to the archive.
 */
public final class ItemWriter {

    /** How the connector's hiding reasons start: it shows again only what it hid. */
    static final String REASON_PREFIX = "CONSUL: ";
    static final String GONE = REASON_PREFIX + "no longer on the site (moderated, deleted or made private)";
    static final String WITHDRAWN = REASON_PREFIX + "retired by its author on the site";
    static final String BACK = REASON_PREFIX + "shown on the site again";
    static final String DELETED_ACCOUNT = "its author's account was deleted on the site";

    private final String host;
    private final String url;
    private final ContributionArchive archive;
    private final ConsulMapper mapper;
    private final SyncStore store;
    private final Clock clock;

    public ItemWriter(String host, String url, ContributionArchive archive, ConsulMapper mapper, SyncStore store, Clock clock) {
        this.host = host;
        this.url = url;
        this.archive = archive;
        this.mapper = mapper;
        this.store = store;
        this.clock = clock;
    }

    /**
     * Applies an item as the site shows it now.
     *
     * @param sweep the sweep that saw it
     * @return false when the item is not followed (a comment on a poll or a budget), and nothing was recorded
     */
    public boolean apply(ConsulItem item, long sweep, SyncCounts.Tally n) {
        if (item.type() == ItemType.COMMENT && (item.rootType() == null || item.rootId() == null)) {
            return false;
        }
        Optional<SeenItem> before = store.item(host, item.type(), item.id());
        Optional<MappedText> text = mapper.text(item);
        SeenItem seen = new SeenItem(host, item.type(), item.id(), item.rootType(), item.rootId(), item.parentId(),
                text.map(ItemWriter::hash).orElse(""), Status.PRESENT, "", before.map(SeenItem::contributionId).orElse(null), sweep);
        String externalId = ConsulMapper.externalId(host, item.type(), item.id());
        Optional<Contribution> stored = Optional.ofNullable(seen.contributionId()).flatMap(archive::get)
                .or(() -> archive.byExternalId(externalId));
        if (item.author().deleted()) {
            erase(seen, before, item, stored, n);
            return true;
        }
        if (stored.isEmpty() && item.author().unknown()) {
            n.refused++; // not recorded: the next sync takes it once the site says who wrote it
            return true;
        }
        if (stored.isEmpty()) {
            create(item, seen, n);
            return true;
        }
        Contribution c = stored.get();
        seen = seen.withContribution(c.id());
        if (c.state() == ContributionState.ERASED) {
            store.save(seen.with(Status.ERASED, "its author's words were erased"), clock.instant());
            n.unchanged++;
            return true;
        }
        if (item.retired()) {
            hide(seen, WITHDRAWN, n);
            return true;
        }
        boolean changed = false;
        if (c.state() == ContributionState.HIDDEN && c.moderationNote().startsWith(REASON_PREFIX)) {
            archive.unhide(c.id(), BACK, Actor.system());
            n.unhidden++;
            changed = true;
        }
        if (text.isPresent() && !seen.textHash().equals(before.map(SeenItem::textHash).orElse(""))
                && !(Objects.toString(c.title(), "").equals(text.get().title()) && c.body().equals(text.get().body()))) {
            MappedText t = text.get();
            archive.edit(c.id(), new Edit(t.title().isEmpty() ? null : t.title(), t.body(), null), Actor.system());
            n.edited++;
            changed = true;
        }
        if (!changed) {
            n.unchanged++;
        }
        store.save(seen, clock.instant());
        return true;
    }

    private void create(ConsulItem item, SeenItem seen, SyncCounts.Tally n) {
        if (item.retired()) {
            store.save(seen.with(Status.GONE, WITHDRAWN), clock.instant()); // retired before we met it: never taken in
            n.refused++;
            return;
        }
        Optional<NewContribution> mapped = mapper.map(host, url, item);
        if (mapped.isEmpty()) {
            store.save(seen.with(Status.REFUSED, "no text"), clock.instant());
            n.refused++;
            return;
        }
        Appended appended;
        try {
            appended = archive.append(mapped.get());
        } catch (IllegalArgumentException refused) {
            store.save(seen.with(Status.REFUSED, refused.getMessage()), clock.instant());
            n.refused++;
            return;
        }
        if (appended.created()) {
            n.created++;
        } else {
            n.unchanged++;
        }
        store.save(seen.withContribution(appended.contribution().id()), clock.instant());
    }

    /** The site no longer shows it: hidden in the archive with the reason (once). */
    public void hide(SeenItem seen, String reason, SyncCounts.Tally n) {
        if (seen.status() == Status.ERASED || seen.status() == Status.REFUSED) {
            return;
        }
        Optional<Contribution> c = Optional.ofNullable(seen.contributionId()).flatMap(archive::get);
        if (c.isPresent() && c.get().state() == ContributionState.PUBLISHED) {
            archive.hide(c.get().id(), reason, Actor.system());
            n.hidden++;
        } else {
            n.unchanged++;
        }
        store.save(seen.with(Status.GONE, reason), clock.instant());
    }

    /**
     * Its author's account was deleted at the source: every contribution of theirs from this site is erased, and this
     * item is never taken in.
     */
    private void erase(SeenItem seen, Optional<SeenItem> before, ConsulItem item, Optional<Contribution> stored,
            SyncCounts.Tally n) {
        String author = item.author().id() != null ? mapper.authorOnSite(host, item.author().id())
                : stored.map(Contribution::author).orElse(null);
        boolean alreadyErased = stored.map(c -> c.state() == ContributionState.ERASED).orElse(false)
                || before.map(s -> s.status() == Status.ERASED || s.reason().equals(DELETED_ACCOUNT)).orElse(false);
        if (alreadyErased) {
            n.unchanged++;
        } else {
            int erased = author == null ? 0 : archive.eraseAuthor(author, Actor.system());
            n.erased += erased;
            if (stored.isEmpty()) {
                n.refused++;
            }
        }
        store.save(seen.with(stored.isPresent() ? Status.ERASED : Status.REFUSED, DELETED_ACCOUNT), clock.instant());
    }

    static String hash(MappedText text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(text.title().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(text.body().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
