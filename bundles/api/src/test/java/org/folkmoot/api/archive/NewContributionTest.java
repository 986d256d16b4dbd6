package org.folkmoot.api.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Each {@code with...} changes its one field and keeps every other, the link included. */
class NewContributionTest {

    @Test
    void everyWitherKeepsTheLink() {
        NewContribution linked = NewContribution.of("assets", new Container("asset-transfer", "ATR-1", "A case"), "representation",
                "resident-1", "Keep the gardens open").withLink("/asset-transfers/cases/ATR-1");
        for (NewContribution changed : List.of(linked.withExternalId("x-1"), linked.withTitle("Gardens"), linked.withLanguage("cy"),
                linked.withLocality("W06000015"), linked.withCreated(Instant.parse("2027-05-15T09:00:00Z")),
                linked.withTags(List.of("parks")))) {
            assertEquals("/asset-transfers/cases/ATR-1", changed.link(), changed.toString());
        }
    }
}
