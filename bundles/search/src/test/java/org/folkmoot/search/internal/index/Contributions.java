package org.folkmoot.search.internal.index;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.folkmoot.platform.internal.privacy.UkRedactor;

/**
 * Builds contributions for tests, with a growing archive sequence, redacted as the archive feed gives
 * them (by the platform's one Redactor): the index is never given personal data.
 */
final class Contributions {

    static final UkRedactor REDACTOR = new UkRedactor();

    private final AtomicLong sequence = new AtomicLong();

    IndexedContribution en(String id, String title, String body) {
        return make(id, title, body, "en", "plans", "plan", "p1", "Riverside community plan", "comment", "Riverside",
                Instant.parse("2024-03-01T10:00:00Z"));
    }

    IndexedContribution cy(String id, String title, String body) {
        return make(id, title, body, "cy", "assemblies", "assembly", "a1", "Cynulliad hinsawdd", "submission",
                "Caerdydd", Instant.parse("2025-05-01T10:00:00Z"));
    }

    IndexedContribution make(String id, String title, String body, String language, String module,
            String containerType, String containerId, String containerTitle, String kind, String locality,
            Instant created) {
        return new IndexedContribution(id, sequence.incrementAndGet(), REDACTOR.redact(title, language),
                REDACTOR.redact(body, language), language, module, containerType,
                containerId, containerTitle, kind, locality, created, List.of(), IndexedContribution.State.PUBLISHED,
                "/" + module + "/" + containerType + "/" + containerId + "#" + id);
    }

    IndexedContribution withState(IndexedContribution c, IndexedContribution.State state) {
        return new IndexedContribution(c.id(), sequence.incrementAndGet(), c.title(), c.body(), c.language(),
                c.module(), c.containerType(), c.containerId(), c.containerTitle(), c.kind(), c.locality(),
                c.created(), c.tags(), state, c.url());
    }

    IndexedContribution edited(IndexedContribution c, String body) {
        return new IndexedContribution(c.id(), sequence.incrementAndGet(), c.title(), REDACTOR.redact(body, c.language()), c.language(),
                c.module(), c.containerType(), c.containerId(), c.containerTitle(), c.kind(), c.locality(),
                c.created(), c.tags(), c.state(), c.url());
    }

    IndexedContribution at(IndexedContribution c, Instant created, String module, String kind) {
        return new IndexedContribution(c.id(), c.sequence(), c.title(), c.body(), c.language(), module,
                c.containerType(), c.containerId(), c.containerTitle(), kind, c.locality(), created, c.tags(),
                c.state(), c.url());
    }
}
