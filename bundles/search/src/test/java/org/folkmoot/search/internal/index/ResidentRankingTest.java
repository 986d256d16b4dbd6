package org.folkmoot.search.internal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How residents search: most words, filler, misspellings, American spellings, titles, phrases. */
class ResidentRankingTest {

    private final Contributions c = new Contributions();
    private ContributionIndex index;

    @BeforeEach
    void open() throws IOException {
        index = new ContributionIndex(new ByteBuffersDirectory(), ContributionIndex.Settings.defaults());
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private void add(List<IndexedContribution> contributions) throws Exception {
        assertTrue(index.awaitSearchable(index.applyAll(contributions), 5_000));
    }

    private List<String> ids(String q) throws IOException {
        return index.search(SearchRequest.of(q).withPage(0, 100)).hits().stream().map(SearchResult.Hit::id).toList();
    }

    @Test
    void mostOfTheWordsAreEnoughAndMoreWordsRankFirst() throws Exception {
        add(List.of(c.en("three", "Solar panels", "Every new home should have solar panels on the roof."),
                c.en("two", "Panels", "Solar farms and wind turbines for the county."),
                c.en("one", "Roofs", "Mend the roof of the village hall."),
                c.en("none", "Buses", "More buses please.")));
        // Four words (solar, panels, new, homes): two of them are enough, more come first, one is not enough.
        assertEquals(List.of("three", "two"), ids("solar panels on new homes"));
    }

    @Test
    void equallyRelevantContributionsComeNewestFirstWhateverOrderTheyWereIndexedIn() throws Exception {
        Instant day = Instant.parse("2024-03-01T10:00:00Z");
        // Written in the order oldest, newest, middle: the same words, so the same score.
        add(List.of(c.at(c.en("old", "Library hours", "Open the library on Sundays."), day, "plans", "comment"),
                c.at(c.en("new", "Library hours", "Open the library on Sundays."), day.plusSeconds(7200), "plans", "comment"),
                c.at(c.en("mid", "Library hours", "Open the library on Sundays."), day.plusSeconds(3600), "plans", "comment")));
        assertEquals(List.of("new", "mid", "old"), ids("library sundays"));
    }

    @Test
    void whenFewerThanAPageHaveMostOfTheWordsThoseWithOneWordFollowThem() throws Exception {
        add(List.of(c.en("two", "Cycle lanes", "Safe cycle lanes to the station."),
                c.en("one", "Lanes", "Resurface the country lanes."),
                c.en("other", "Station", "A lift at the station."),
                c.en("none", "Buses", "More buses please.")));
        // Three words (cycle, lanes, school): two are "most"; only one contribution has two, so the
        // page goes on with those that have one of them, after it.
        List<String> found = ids("cycle lanes school");
        assertEquals("two", found.get(0));
        assertEquals(Set.of("two", "one"), Set.copyOf(found));
    }

    @Test
    void questionWordsAndFillerWeighNothing() throws Exception {
        add(List.of(c.en("potholes", "Potholes", "Fix the potholes on the high street."),
                c.en("talk", "Talk", "What can we do about it? How is this being done? I want to know.")));
        assertEquals(List.of("potholes"), ids("what is being done about potholes"));
        assertEquals(List.of("potholes"), ids("how can I get potholes fixed"));
        // Nothing but filler: searched as written rather than as nothing.
        assertTrue(ids("how can I").contains("talk"));
    }

    @Test
    void aMisspellingThatAFewContributionsShareAlsoFindsTheCommonSpelling() throws Exception {
        List<IndexedContribution> all = new ArrayList<>();
        all.add(c.en("typo", "Enviroment", "Protect the enviroment."));
        for (int i = 0; i < 12; i++) {
            all.add(c.en("env" + i, "Environment " + i, "Protect the environment and wildlife " + i));
        }
        add(all);
        SearchResult r = index.search(SearchRequest.of("enviroment").withPage(0, 20));
        assertEquals("environment", r.showingResultsFor());
        assertEquals(13, r.total());
        assertTrue(r.hits().stream().anyMatch(h -> h.id().equals("typo")));
        // A word most contributions have as written is never "corrected".
        assertNull(index.search(SearchRequest.of("environment")).showingResultsFor());
    }

    @Test
    void theFewWhoShareAMisspellingDoNotComeFirstForItsRarity() throws Exception {
        List<IndexedContribution> all = new ArrayList<>();
        all.add(c.en("typo", "Recycling bins", "Recycling bins in every street would help the enviroment and the town."));
        all.add(c.en("about", "Environment", "Protect the environment."));
        for (int i = 0; i < 12; i++) {
            all.add(c.en("env" + i, "Parks and the environment " + i, "Trees in the parks are good for the environment and for wildlife " + i));
        }
        add(all);
        // Scored as one word: the petition about the environment first, not the one that misspells it in passing.
        List<String> ids = ids("enviroment");
        assertEquals("about", ids.get(0));
        assertTrue(ids.contains("typo"));
    }

    @Test
    void bodiesMeetInflectionsButNotOtherWordsTitlesMeetBoth() throws Exception {
        add(List.of(c.en("hospitals", "Waiting lists", "Our hospitals need more nurses."),
                c.en("pubs", "Pubs", "Support hospitality through the winter."),
                c.en("reopening", "Leisure", "Gyms are reopening next month."),
                c.en("titled", "Vaccinated staff", "Staff in care homes.")));
        // A body says what the resident said, inflected: hospitality is not hospitals, reopen is reopening.
        assertEquals(List.of("pubs"), ids("hospitality"));
        assertEquals(List.of("reopening"), ids("reopen"));
        // A title is read generously (Porter): vaccination finds "Vaccinated staff".
        assertEquals(List.of("titled"), ids("vaccination"));
    }

    @Test
    void welshWordsAndAmericanSpellingsAreNotCorrected() throws Exception {
        add(List.of(c.cy("cy", "Trafnidiaeth", "Mae angen bysiau yng Nghaerdydd."),
                c.en("en", "Mould", "Mould in rented homes makes children ill.")));
        SearchResult welsh = index.search(SearchRequest.of("Caerdydd"));
        assertNull(welsh.showingResultsFor());
        assertEquals(1, welsh.total());
        SearchResult mold = index.search(SearchRequest.of("mold in rented homes"));
        assertNull(mold.showingResultsFor());
        assertEquals(List.of("en"), ids("mold in rented homes"));
    }

    @Test
    void americanAndBritishSpellingsMeetBothWays() throws Exception {
        add(List.of(c.en("gb", "Theatre", "Save our favourite theatre and organise a festival in the town centre."),
                c.en("us", "Theater", "My favorite theater should organize a festival downtown center.")));
        assertEquals(Set.of("gb", "us"), Set.copyOf(ids("theater")));
        assertEquals(Set.of("gb", "us"), Set.copyOf(ids("theatre")));
        assertEquals(Set.of("gb", "us"), Set.copyOf(ids("favorite")));
        assertEquals(Set.of("gb", "us"), Set.copyOf(ids("organising")));
        assertEquals(Set.of("gb", "us"), Set.copyOf(ids("centre")));
        // The snippet marks the word the resident wrote.
        SearchResult r = index.search(SearchRequest.of("theatre"));
        assertTrue(r.hits().stream().anyMatch(h -> h.snippet().contains("<mark>theater</mark>")));
    }

    @Test
    void theTitleCountsForMoreThanTheBody() throws Exception {
        // The same word once, in the title of one and the body of the other, texts of the same length.
        add(List.of(c.en("body", "Estate", "We need allotments to grow food near the estate."),
                c.en("title", "Allotments", "We need more land to grow food near the estate.")));
        assertEquals("title", ids("allotments").get(0));
    }

    @Test
    void phrasesAndExclusionsStillWorkExactly() throws Exception {
        add(List.of(c.en("together", "A", "The bus station needs a roof."),
                c.en("apart", "B", "The bus stopped by the railway station."),
                c.en("train", "C", "The bus station by the train line.")));
        assertEquals(Set.of("together", "train"), Set.copyOf(ids("\"bus station\"")));
        assertEquals(List.of("together"), ids("\"bus station\" -train"));
        assertEquals(Set.of("together", "apart"), Set.copyOf(ids("bus station -train")));
        assertEquals(List.of(), ids("-bus"));
        // A phrase is required even beside other words.
        assertEquals(List.of("train"), ids("\"bus station\" train"));
        // Explicit operators keep the resident's own logic.
        assertEquals(Set.of("apart"), Set.copyOf(ids("bus + railway")));
    }

    @Test
    void wordsInPhrasesAndExcludedWordsAreNeverCorrected() throws Exception {
        add(List.of(c.en("1", "Library", "The library needs longer opening hours.")));
        SearchResult phrase = index.search(SearchRequest.of("\"libary hours\""));
        assertNull(phrase.showingResultsFor());
        assertEquals(0, phrase.total());
        SearchResult excluded = index.search(SearchRequest.of("hours -libary"));
        assertNull(excluded.showingResultsFor());
        assertEquals(1, excluded.total());
        SearchResult punctuation = index.search(SearchRequest.of("libary?"));
        assertEquals("library?", punctuation.showingResultsFor());
        assertEquals(1, punctuation.total());
    }

    @Test
    void minimumShouldMatchIsHalfTheWordsRoundedUp() {
        assertEquals(1, ResidentQueryParser.minimumShouldMatch(1));
        assertEquals(1, ResidentQueryParser.minimumShouldMatch(2));
        assertEquals(2, ResidentQueryParser.minimumShouldMatch(3));
        assertEquals(2, ResidentQueryParser.minimumShouldMatch(4));
        assertEquals(3, ResidentQueryParser.minimumShouldMatch(5));
        assertFalse(QueryFiller.isFiller("potholes"));
        assertTrue(QueryFiller.isFiller("How"));
        assertEquals(1, SpellingCorrection.editDistance("theatre", "theater") - 0);
    }
}
