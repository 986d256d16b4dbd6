package org.folkmoot.assemblies.internal.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import org.folkmoot.api.archive.Contribution;
import org.folkmoot.api.container.ContainerDetails;
import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.assemblies.internal.Fixtures;
import org.folkmoot.assemblies.internal.Recruitment;
import org.folkmoot.assemblies.internal.Refused;
import org.folkmoot.assemblies.internal.recommendations.Draft;
import org.folkmoot.assemblies.internal.recommendations.Harness;
import org.folkmoot.assemblies.internal.recommendations.Tally;
import org.folkmoot.assemblies.internal.recommendations.ThresholdRule;
import org.folkmoot.assemblies.internal.response.Responses;
import org.folkmoot.platform.internal.archive.JdbcContributionArchive;
import org.folkmoot.platform.internal.audit.JdbcAuditLog;
import org.folkmoot.platform.internal.privacy.UkRedactor;
import org.folkmoot.testkit.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Residents' comments on recommendations, with the platform's real archive and redactor on H2:
 * closed until members have voted, on the council's response only once there is one, stored as
 * contributions of the recommendation's container with a link to it, and read back redacted and
 * apart (the recommendation's comments, the response's comments).
 */
class RecommendationVoiceTest {
    static final String ID = "kendal-climate";
    static final LocalDate ANNOUNCED = LocalDate.of(2027, 2, 1);

    final TestClock clock = TestClock.on(ANNOUNCED);
    Harness h;
    JdbcContributionArchive archive;
    RecommendationVoice voice;
    final FolkmootUser resident = new FolkmootUser("resident-1", "A resident", Set.of("resident"), "test", "");

    @BeforeEach
    void start() throws Exception {
        h = new Harness(clock, Harness.h2());
        archive = new JdbcContributionArchive(h.ds, new JdbcAuditLog(h.ds, clock), clock);
        ResidentsVoice residents = new ResidentsVoice(archive, u -> "u-" + "abcdefghijklmnopqrstuvwxyz".substring(0, 26), new UkRedactor());
        voice = new RecommendationVoice(h.recommendations, h.responses, residents);
        new Recruitment(h.store, h.jobs).commission(Fixtures.commission(ID, ANNOUNCED, 20));
        h.panel(ID, 20);
        h.recommendations.configure(ID, ThresholdRule.of("75", "COUNTED"), null, null, Harness.OFFICER);
    }

    private static ResidentsVoice.Writing writing(String text) {
        return new ResidentsVoice.Writing(text, "en", "");
    }

    @Test
    void commentsOpenWithTheVoteAndOnTheResponseOnceItIsGiven() {
        int n = h.recommendations.draft(ID, new Draft("Home insulation", "Inswleiddio cartrefi", "Insulate every council home by 2030.",
                "Inswleiddio pob cartref cyngor erbyn 2030.", "M-001", ""), "facilitator");
        Refused early = assertThrows(Refused.class, () -> voice.comment(ID, n, "recommendation", resident, writing("Too early")));
        assertEquals(409, early.status());
        assertTrue(early.errors("cy").get("text").contains("pleidleisio"), early.errors("cy").toString());

        clock.set(ANNOUNCED.plusDays(47));
        h.recommendations.enterCount(ID, n, new Tally(16, 3, 1), ANNOUNCED.plusDays(47), "facilitator");
        ResidentsVoice.Published made = voice.comment(ID, n, null, resident, writing("Yes, and start with the flats. Ring me on 07700 900123."));
        assertFalse(made.text().contains("900123"), made.text());
        Contribution stored = archive.get(made.id()).orElseThrow();
        assertEquals(RecommendationVoice.TYPE, stored.container().type());
        assertEquals(ID + "/" + n, stored.container().id());
        assertEquals("/assemblies/" + ID + "/recommendations#recommendation-" + n, stored.link());
        assertTrue(stored.tags().contains("recommendation"));

        assertEquals(409, assertThrows(Refused.class, () -> voice.comment(ID, n, "response", resident, writing("Where is it?"))).status(),
                "no response to comment on yet");
        assertEquals(422, assertThrows(Refused.class, () -> voice.comment(ID, n, "vote", resident, writing("?"))).status());
        assertEquals(422, assertThrows(Refused.class, () -> voice.comment(ID, n, "recommendation", resident, writing(" "))).status());
        assertThrows(NoSuchElementException.class, () -> voice.comment(ID, 99, "recommendation", resident, writing("Which?")));

        h.responses.respond(ID, n, new Responses.Answer("ACCEPTED", "We agree.", "Rydym yn cytuno.", "Housing",
                ANNOUNCED.plusDays(47)), Harness.OFFICER);
        voice.comment(ID, n, "response", resident, new ResidentsVoice.Writing("Pryd fydd y gwaith yn dechrau?", "cy", ""));
        RecommendationVoice.Subject s = voice.subject(ID, n);
        assertEquals(List.of("Yes, and start with the flats. Ring me on " + new UkRedactor().redact("07700 900123", "en") + "."),
                voice.comments(s, "recommendation").stream().map(ResidentsVoice.Published::text).toList());
        assertEquals(List.of("Pryd fydd y gwaith yn dechrau?"), voice.comments(s, "response").stream().map(ResidentsVoice.Published::text).toList());

        archive.hide(made.id(), "moderated", new FolkmootUser("moderator", "", Set.of("admin"), "test", "").actor());
        assertTrue(voice.comments(s, "recommendation").isEmpty(), "hidden by moderation");

        ContainerDetails described = new RecommendationContainers(voice).describe(RecommendationVoice.TYPE, ID + "/" + n).orElseThrow();
        assertEquals("Inswleiddio cartrefi", described.title().cy());
        assertEquals("/assemblies/" + ID, "/assemblies/" + described.parent().id());
        assertTrue(new RecommendationContainers(voice).describe(RecommendationVoice.TYPE, ID + "/99").isEmpty());
    }
}
