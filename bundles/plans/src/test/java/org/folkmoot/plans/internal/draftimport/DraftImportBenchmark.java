package org.folkmoot.plans.internal.draftimport;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.folkmoot.plans.internal.compare.GeneratedPlan;
import org.folkmoot.plans.internal.compare.Timing;
import org.folkmoot.plans.internal.compare.VersionSection;

/**
 * Benchmark: a 40,000-word plan imported as a first draft from Markdown, DOCX and ODT made from it. Run by
 * {@code bundles/plans/bench.sh import}. Arguments: [words, default 40000] [runs, default 50].
 */
public final class DraftImportBenchmark {

    private DraftImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int words = args.length > 0 ? Integer.parseInt(args[0]) : 40_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        List<VersionSection> plan = GeneratedPlan.english(words, 14, 5).earlier();
        StringBuilder markdown = new StringBuilder();
        StringBuilder docx = new StringBuilder();
        StringBuilder odt = new StringBuilder();
        for (VersionSection s : plan) {
            markdown.append("## ").append(s.heading()).append("\n\n").append(s.body()).append("\n\n");
            docx.append(Documents.wp("Pennawd2", s.heading()));
            odt.append("<text:h text:outline-level=\"2\">").append(Documents.escape(s.heading())).append("</text:h>");
            for (String paragraph : s.body().split("\n\n")) {
                docx.append(Documents.wp(null, paragraph));
                odt.append("<text:p>").append(Documents.escape(paragraph)).append("</text:p>");
            }
        }
        DraftImporter importer = new DraftImporter();
        for (var document : List.of(
                new Object[] {"Markdown", markdown.toString().getBytes(StandardCharsets.UTF_8)},
                new Object[] {"DOCX", Documents.docx(docx.toString())},
                new Object[] {"ODT", Documents.odt(odt.toString())})) {
            byte[] bytes = (byte[]) document[1];
            ImportedDraft draft = importer.read(bytes);
            Timing t = Timing.of(Math.max(10, runs / 2), runs, () -> importer.read(bytes));
            System.out.printf("%-8s %,9d bytes, %d sections: %s%n", document[0], bytes.length, draft.sections().size(), t);
        }
    }
}
