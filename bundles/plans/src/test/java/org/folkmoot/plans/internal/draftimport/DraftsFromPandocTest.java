package org.folkmoot.plans.internal.draftimport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * One bilingual draft written by another program: {@code drafts/llanfair-place-plan.md}, and the DOCX and ODT pandoc
 * 2.17 made from it ({@code pandoc llanfair-place-plan.md -o llanfair-place-plan.docx}, likewise {@code .odt}), read
 * into the same sections.
 */
class DraftsFromPandocTest {

    private final DraftImporter importer = new DraftImporter();

    private ImportedDraft read(String file) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("drafts/" + file)) {
            return importer.read(in);
        }
    }

    private static List<String> headings(ImportedDraft draft) {
        return draft.sections().stream().map(s -> s.level() + " " + s.heading()).toList();
    }

    @Test
    void theThreeFormatsGiveTheSameSections() throws IOException {
        List<String> expected = List.of("0 ", "1 Ein gweledigaeth / Our vision", "2 Trafnidiaeth / Transport", "2 Tai / Housing");
        for (String file : List.of("llanfair-place-plan.md", "llanfair-place-plan.docx", "llanfair-place-plan.odt")) {
            ImportedDraft draft = read(file);
            assertEquals(expected, headings(draft), file);
            assertEquals(List.of("Tref wyrddach, decach i bawb. A greener, fairer village for everyone."),
                    draft.sections().get(1).paragraphs(), file);
            List<String> transport = draft.sections().get(2).paragraphs();
            assertEquals(3, transport.size(), file + ": a paragraph, then two lists");
            assertEquals("We will:", transport.get(0), file);
            assertEquals(List.of("First, ask the operator.", "Then, apply for a grant."),
                    transport.get(2).lines().map(l -> l.substring(l.indexOf(' ') + 1)).toList(), file);
            assertEquals(List.of("run a bus every hour;", "mend the towpath by St. Mary’s Church."),
                    transport.get(1).lines().map(l -> l.substring(2)).toList().subList(0, 2), file);
            assertEquals(List.of("Ten affordable homes by 2030."), draft.sections().get(3).paragraphs().subList(1, 2), file);
        }
    }

    @Test
    void eachIsRecognisedByItsContent() throws IOException {
        assertEquals(DraftFormat.MARKDOWN, read("llanfair-place-plan.md").format());
        assertEquals(DraftFormat.DOCX, read("llanfair-place-plan.docx").format());
        assertEquals(DraftFormat.ODT, read("llanfair-place-plan.odt").format());
    }
}
