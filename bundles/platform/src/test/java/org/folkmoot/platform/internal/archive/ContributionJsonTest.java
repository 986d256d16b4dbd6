package org.folkmoot.platform.internal.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.folkmoot.api.archive.ChangeKind;
import org.folkmoot.api.archive.Container;
import org.folkmoot.api.archive.Contribution;
import org.folkmoot.api.archive.ContributionState;
import org.folkmoot.platform.internal.privacy.UkRedactor;
import org.junit.jupiter.api.Test;

class ContributionJsonTest {

    static Contribution in(String language, String body) {
        return new Contribution("c1", "decidim:x:1", "decidim", new Container("consultation", "x", "Parks"), "comment", "",
                body, language, "", "p-1", Instant.EPOCH, Instant.EPOCH, ContributionState.PUBLISHED, List.of(), 3,
                ChangeKind.CREATED, "", "https://decidim.example.gov.uk/processes/parks/f/2/proposals/1");
    }

    @Test
    void theExportIsRedactedWithLabelsInTheContributionsLanguageAndSaysWhereItWasSaid() {
        Map<String, Object> cy = ContributionJson.export(in("cy", "Ffoniwch 029 2087 2087 neu CF10 3NQ"),
                "https://decidim.example.gov.uk/processes/parks/f/2/proposals/1", new UkRedactor());
        assertEquals("Ffoniwch [rhif ffôn wedi'i dynnu] neu [cod post wedi'i dynnu]", cy.get("body"));
        assertEquals("https://decidim.example.gov.uk/processes/parks/f/2/proposals/1", cy.get("link"));
        assertEquals("https://decidim.example.gov.uk/processes/parks/f/2/proposals/1", cy.get("page"));
        Map<String, Object> en = ContributionJson.export(in("en", "Mail jo@example.org"), "", new UkRedactor());
        assertEquals("Mail [email removed]", en.get("body"));
        assertEquals(ContributionJson.EXPORT_FIELDS, List.copyOf(en.keySet()), "the CSV header names every value in order");
    }
}
