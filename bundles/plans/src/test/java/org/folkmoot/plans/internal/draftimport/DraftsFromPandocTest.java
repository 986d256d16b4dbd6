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

    @Test
    void theThreeFormatsGiveTheSameSections() throws IOException {
        List<DraftSection> expected = List.of(
                new DraftSection(0, "", List.of("Drafted by Llanfair Community Council’s steering group, e.g. for the meeting of 3 March.")),
                new DraftSection(1, "Ein gweledigaeth / Our vision",
                        List.of("Tref wyrddach, decach i bawb. A greener, fairer village for everyone.")),
                new DraftSection(2, "Trafnidiaeth / Transport", List.of("We will:",
                        "- run a bus every hour;\n- mend the towpath by St. Mary’s Church.",
                        "1. First, ask the operator.\n2. Then, apply for a grant.")),
                new DraftSection(2, "Tai / Housing",
                        List.of("“More homes for young people,” said the survey.", "Ten affordable homes by 2030.")));
        for (String file : List.of("llanfair-place-plan.md", "llanfair-place-plan.docx", "llanfair-place-plan.odt")) {
            assertEquals(expected, read(file).sections(), file);
        }
    }

    @Test
    void eachIsRecognisedByItsContent() throws IOException {
        assertEquals(DraftFormat.MARKDOWN, read("llanfair-place-plan.md").format());
        assertEquals(DraftFormat.DOCX, read("llanfair-place-plan.docx").format());
        assertEquals(DraftFormat.ODT, read("llanfair-place-plan.odt").format());
    }
}
