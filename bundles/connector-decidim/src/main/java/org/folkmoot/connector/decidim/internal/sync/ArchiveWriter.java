package org.folkmoot.connector.decidim.internal.sync;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

import org.folkmoot.api.archive.Appended;
import org.folkmoot.api.archive.Contribution;
import org.folkmoot.api.archive.ContributionArchive;
import org.folkmoot.api.archive.ContributionState;
import org.folkmoot.api.archive.Edit;
import org.folkmoot.api.archive.NewContribution;
import org.folkmoot.api.audit.Actor;
import org.folkmoot.connector.decidim.internal.item.DecidimItem;
import org.folkmoot.connector.decidim.internal.item.ItemType;
import org.folkmoot.connector.decidim.internal.mapping.ContributionMapper;
import org.folkmoot.connector.decidim.internal.mapping.ContributionMapper.MappedText;
import org.folkmoot.connector.decidim.internal.sync.SeenItem.Status;

/**
 * Brings the archive in step with one item as the site shows it now, and records what it saw: a new item
 * is appended (a no-op when its external id is already there), an edit at the source becomes an edit, an
 * item back on the site is shown again, an item whose author's account was deleted has that author's
 * contributions erased, and an item no longer on the site is hidden with the reason. What did not change
 * at the source changes nothing.
 */
public final class ArchiveWriter {

    /** How the hiding reasons start: the connector unhides only what it hid. */
    static final String REASON_PREFIX = "Decidim: ";
    static final String GONE = REASON_PREFIX + "no longer on the site (moderated, deleted or made private)";
    static final String WITHDRAWN = REASON_PREFIX + "withdrawn by its author on the site";
    static final String SPACE_GONE = REASON_PREFIX + "its space or component is no longer public on the site";
    static final String BACK = REASON_PREFIX + "shown on the site again";

    private final ContributionArchive archive;
    private final ContributionMapper mapper;
    private final SyncStore store;
    private final Clock clock;

    public ArchiveWriter(ContributionArchive archive, ContributionMapper mapper, SyncStore store, Clock clock) {
        this.archive = archive;
        this.mapper = mapper;
        this.store = store;
        this.clock = clock;
    }

    /**
     * Applies an item (or comment) as the site shows it now.
     *
     * @param item      the item
     * @param withdrawn whether its author withdrew it
     * @param rootType  for a comment, the type of the item it is on; else null
     * @param rootId    for a comment, that item's id; else null
     */
    public void apply(DecidimItem item, boolean withdrawn, ItemType rootType, String rootId, SyncCounts n) {
        Optional<SeenItem> before = store.item(item.host(), item.type(), item.id());
        Optional<MappedText> text = mapper.text(item);
        SeenItem seen = new SeenItem(item.host(), item.type(), item.id(), item.component().id(), rootType, rootId,
                item.updatedAt(), item.versionsCount(), item.commentCount(), text.map(ArchiveWriter::hash).orElse(""),
                Status.PRESENT, "", before.map(SeenItem::contributionId).orElse(null));
        if (item.authorDeleted()) {
            erase(before.orElse(seen), item.externalId(), n);
            return;
        }
        Optional<Contribution> stored = Optional.ofNullable(seen.contributionId()).flatMap(archive::get)
                .or(() -> archive.byExternalId(item.externalId()));
        if (stored.isEmpty()) {
            create(item, withdrawn, seen, n);
            return;
        }
        Contribution c = stored.get();
        seen = new SeenItem(seen.host(), seen.type(), seen.id(), seen.componentId(), rootType, rootId, seen.updatedAt(),
                seen.versionsCount(), seen.commentCount(), seen.textHash(), Status.PRESENT, "", c.id());
        if (c.state() == ContributionState.ERASED) {
            store.save(seen.with(Status.ERASED, "its author's words were erased"), clock.instant());
            n.unchanged++;
            return;
        }
        if (withdrawn) {
            hide(seen, WITHDRAWN, n);
            return;
        }
        boolean changed = false;
        if (c.state() == ContributionState.HIDDEN && c.moderationNote().startsWith(REASON_PREFIX)) {
            archive.unhide(c.id(), BACK, Actor.system());
            n.unhidden++;
            changed = true;
        }
        if (text.isPresent() && !seen.textHash().equals(before.map(SeenItem::textHash).orElse(""))
                && !(c.title().equals(text.get().title()) && c.body().equals(text.get().body())
                        && c.tags().equals(text.get().tags()))) {
            archive.edit(c.id(), new Edit(text.get().title(), text.get().body(), text.get().tags()), Actor.system());
            n.edited++;
            changed = true;
        }
        if (!changed) {
            n.unchanged++;
        }
        store.save(seen, clock.instant());
    }

    private void create(DecidimItem item, boolean withdrawn, SeenItem seen, SyncCounts n) {
        Optional<NewContribution> mapped = mapper.map(item);
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
        SeenItem stored = new SeenItem(seen.host(), seen.type(), seen.id(), seen.componentId(), seen.rootType(), seen.rootId(),
                seen.updatedAt(), seen.versionsCount(), seen.commentCount(), seen.textHash(), Status.PRESENT, "",
                appended.contribution().id());
        if (appended.created()) {
            n.created++;
        } else {
            n.unchanged++;
        }
        if (withdrawn) {
            hide(stored, WITHDRAWN, n);
        } else {
            store.save(stored, clock.instant());
        }
    }

    /** The site no longer shows it: hidden in the archive with the reason (once). */
    public void hide(SeenItem seen, String reason, SyncCounts n) {
        if (seen.status() == Status.ERASED || seen.status() == Status.REFUSED) {
            return;
        }
        Optional<Contribution> c = Optional.ofNullable(seen.contributionId()).flatMap(archive::get);
        if (c.isPresent() && c.get().state() == ContributionState.PUBLISHED) {
            archive.hide(c.get().id(), reason, Actor.system());
            n.hidden++;
        } else if (seen.status() == Status.GONE) {
            n.unchanged++;
        }
        store.save(seen.with(Status.GONE, reason), clock.instant());
    }

    /** Its author's account was deleted at the source: every contribution of theirs from this site is erased. */
    private void erase(SeenItem seen, String externalId, SyncCounts n) {
        Optional<Contribution> c = Optional.ofNullable(seen.contributionId()).flatMap(archive::get)
                .or(() -> archive.byExternalId(externalId));
        if (c.isEmpty()) {
            n.refused++; // never taken in: their words are not kept
        } else if (c.get().state() != ContributionState.ERASED) {
            n.erased += archive.eraseAuthor(c.get().author(), Actor.system());
        } else {
            n.unchanged++;
        }
        store.save(seen.with(c.isPresent() ? Status.ERASED : Status.REFUSED, "its author's account was deleted on the site"),
                clock.instant());
    }

    static String hash(MappedText text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(text.title().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(text.body().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(String.join(",", text.tags()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
