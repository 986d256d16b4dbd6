package org.folkmoot.assemblies.internal.recommendations;

import java.time.Instant;

import org.folkmoot.api.container.LocalisedText;
import org.folkmoot.assemblies.internal.registration.Codes;

/**
 * One wording of a recommendation.
 *
 * @param version   1 for the first draft, then 2, 3...
 * @param title     a short title, English and Welsh
 * @param text      the recommendation itself, English and Welsh
 * @param changedBy who wrote this version: a member's pseudonym, or the facilitator's account writing for members
 *                  (never shown in public: see {@link #memberAuthor()})
 * @param note      why it changed ("merged with 7 at table 3"), may be empty
 * @param changedAt when
 */
public record RecommendationVersion(int version, LocalisedText title, LocalisedText text, String changedBy, String note,
        Instant changedAt) {

    /**
     * Who wrote it as the public may read it: the member's pseudonym, or empty when a facilitator or
     * officer wrote for members (their account is not published).
     */
    public String memberAuthor() {
        return Codes.isPseudonym(changedBy) ? changedBy : "";
    }
}
