package ${package}.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.folkmoot.testkit.TemplateFixture;
import org.junit.jupiter.api.Test;

/** The page rendered as the runtime renders it, in both languages, and the rules for a note. */
class BoardPageTest {

    private final TemplateFixture pages = new TemplateFixture(NotesPage.class);

    @Test
    void theBoardInEnglishAndWelshWithTheNotesEscaped() {
        String en = pages.render("${artifactId}.ftlh", Map.of("notes", List.of("Fish & <chips> on Fridays")), "en");
        assertTrue(en.contains("<title>${moduleName}</title>"), en);
        assertTrue(en.contains("Fish &amp; &lt;chips&gt; on Fridays"), "what residents write is escaped: " + en);

        String cy = pages.render("${artifactId}.ftlh", Map.of("notes", List.of()), "cy");
        assertTrue(cy.contains("<html lang=\"cy\">"), cy);
        assertTrue(cy.contains("Nid oes neb wedi gadael nodyn eto."), cy);
    }

    @Test
    void everyMessageIsInBothLanguages() {
        assertEquals(pages.messages("en").stringPropertyNames(), pages.messages("cy").stringPropertyNames());
    }

    @Test
    void aNoteNeedsTextAndNotTooMuchOfIt() {
        assertNull(new Note("The bus shelter on Mill Lane leaks").problem());
        assertEquals("A note needs some text.", new Note("  ").problem());
        assertTrue(new Note("x".repeat(Note.MAX_LENGTH + 1)).problem().contains("at most 2000"));
    }
}
