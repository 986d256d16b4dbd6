package org.folkmoot.connector.decidim.internal.mapping;

import org.folkmoot.connector.decidim.internal.TestMapper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.folkmoot.api.archive.NewContribution;
import org.folkmoot.connector.decidim.internal.TestPseudonyms;
import org.folkmoot.connector.decidim.internal.item.Component;
import org.folkmoot.connector.decidim.internal.item.DecidimItem;
import org.folkmoot.connector.decidim.internal.item.ItemRef;
import org.folkmoot.connector.decidim.internal.item.ItemType;
import org.folkmoot.connector.decidim.internal.item.Space;
import org.folkmoot.connector.decidim.internal.item.Translation;
import org.folkmoot.connector.decidim.internal.item.Translations;
import org.junit.jupiter.api.Test;

class ContributionMapperTest {

    private static final Space PARK = new Space(Space.Type.PARTICIPATORY_PROCESS, "7", "parc",
            Translations.of(Translation.human("en", "Victoria Park"), new Translation("ca", "Parc Victòria", true)));
    private static final Component IDEAS = new Component("31", Translations.human("en", "Ideas"));
    private static final Instant CREATED = Instant.parse("2024-03-01T09:00:00Z");
    private static final Instant PUBLISHED = Instant.parse("2024-03-02T10:30:00Z");

    private final TestPseudonyms pseudonyms = new TestPseudonyms();
    private final ContributionMapper mapper = TestMapper.mapper(pseudonyms);

    @Test
    void aProposalKeepsWhatThePersonWroteNotTheMachineTranslation() {
        DecidimItem item = proposal("12", "88",
                Translations.of(new Translation("en", "More benches", true), Translation.human("ca", "Més bancs")),
                Translations.of(new Translation("en", "<p>Please add <b>benches</b></p>", true),
                        Translation.human("ca", "<p>Si us plau, afegiu <b>bancs</b> al parc</p>")));

        NewContribution c = mapper.map(item).orElseThrow();

        assertEquals("decidim:decidim.example.org:proposal:12", c.externalId());
        assertEquals("Més bancs", c.title());
        assertTrue(c.body().startsWith("Si us plau, afegiu bancs"), c.body());
        assertFalse(c.body().contains("<"), "no markup: " + c.body());
        assertEquals("ca", c.language());
        assertEquals("proposal", c.kind());
        assertEquals(ContributionMapper.MODULE, c.module());
        assertEquals(PUBLISHED, c.created(), "created when it was published");
        assertEquals("https://decidim.example.org/processes/parc/f/31/proposals/12", c.link());
    }

    @Test
    void theContainerIsTheComponentOfItsSpaceOnThatSite() {
        NewContribution c = mapper.map(proposal("12", "88", Translations.human("en", "Benches"),
                Translations.human("en", "Add benches"))).orElseThrow();

        assertEquals(DecidimContainers.COMPONENT, c.container().type());
        assertEquals("decidim.example.org:31", c.container().id());
        assertEquals("Victoria Park: Ideas", c.container().title());
    }

    @Test
    void theAuthorIsAPseudonymOfTheSiteAndTheirIdNeverTheirId() {
        NewContribution c = mapper.map(proposal("12", "88", Translations.human("en", "Benches"),
                Translations.human("en", "Add benches"))).orElseThrow();

        assertEquals(pseudonyms.authorAt("decidim:decidim.example.org", "88"), c.author());
        assertFalse(c.author().contains("88"));
        DecidimItem elsewhere = new DecidimItem("https://other.example.org", PARK, IDEAS, ItemType.PROPOSAL, "12", null,
                Translations.human("en", "Benches"), Translations.human("en", "Add benches"), "88", false, PUBLISHED,
                CREATED, CREATED, "https://other.example.org/processes/parc/f/31/proposals/12", 1, 0);
        assertNotEquals(c.author(), mapper.map(elsewhere).orElseThrow().author(), "user 88 elsewhere is someone else");
        assertEquals(c.author(), mapper.authorOnSite("decidim.example.org", "88"));
    }

    @Test
    void aDeletedAuthorsItemNeverEntersTheArchive() {
        DecidimItem item = new DecidimItem("https://decidim.example.org", PARK, IDEAS, ItemType.PROPOSAL, "13", null,
                Translations.human("en", "Benches"), Translations.human("en", "Add benches"), null, true, PUBLISHED,
                CREATED, CREATED, "https://decidim.example.org/processes/parc/f/31/proposals/13", 1, 0);

        assertTrue(mapper.map(item).isEmpty());
    }

    @Test
    void aCommentHasNoTitleIsCreatedWhenWrittenAndLinksToItself() {
        DecidimItem comment = new DecidimItem("https://decidim.example.org/", PARK, IDEAS, ItemType.COMMENT, "501",
                new ItemRef(ItemType.PROPOSAL, "12"), Translations.NONE,
                Translations.human("en", "Yes &amp; near the pond"), "90", false, null, CREATED, null,
                "https://decidim.example.org/processes/parc/f/31/proposals/12?commentId=501#comment_501", null, 0);

        NewContribution c = mapper.map(comment).orElseThrow();

        assertEquals("decidim:decidim.example.org:comment:501", c.externalId());
        assertEquals("", c.title() == null ? "" : c.title());
        assertEquals(CREATED, c.created());
        assertEquals("comment", c.kind());
        assertTrue(c.link().endsWith("#comment_501"));
    }

    @Test
    void anOfficialItemWithNoPersonalAuthorIsFiledUnderTheSiteAndAMeetingWithATitleOnlyKeepsIt() {
        DecidimItem meeting = new DecidimItem("https://decidim.example.org", PARK, IDEAS, ItemType.MEETING, "4", null,
                Translations.human("en", "Drop-in session at the library"), Translations.NONE, null, false, PUBLISHED,
                CREATED, CREATED, "https://decidim.example.org/processes/parc/f/31/meetings/4", 2, 0);

        NewContribution c = mapper.map(meeting).orElseThrow();

        assertEquals("Drop-in session at the library", c.body());
        assertEquals(pseudonyms.authorAt("decidim:decidim.example.org", ContributionMapper.OFFICIAL), c.author());
    }

    @Test
    void anItemWithNoTextIsLeftOut() {
        DecidimItem empty = proposal("14", "88", Translations.human("en", " "), Translations.human("en", "<p> </p>"));
        assertTrue(mapper.map(empty).isEmpty());
    }

    private static DecidimItem proposal(String id, String author, Translations title, Translations body) {
        return new DecidimItem("https://decidim.example.org", PARK, IDEAS, ItemType.PROPOSAL, id, null, title, body, author,
                false, PUBLISHED, CREATED, PUBLISHED, "https://decidim.example.org/processes/parc/f/31/proposals/" + id, 1, 0);
    }
}
