package org.folkmoot.plans.internal.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class DecidimResultsCsvTest {

    /** Decidim 0.27/0.28's results export for a site in English and Welsh, as its CSV exporter flattens the serializer. */
    private static final String DECIDIM_HEADER = "id;category/id;category/name/en;category/name/cy;scope/id;scope/name/en;"
            + "scope/name/cy;parent/id;title/en;title/cy;description/en;description/cy;start_date;end_date;status/id;"
            + "status/key;status/name/en;status/name/cy;progress;created_at;url;component/id;proposal_urls";

    private static ActionForExport busAction() {
        return new ActionForExport(12, OptionalLong.of(3),
                Optional.of(new ActionForExport.Category(2, BilingualText.of("Getting about", "Teithio"))),
                Optional.of(new ActionForExport.Category(7, BilingualText.of("Ashby town centre", "Canol tref Ashby"))),
                BilingualText.of("An hourly bus; later a half-hourly one", "Bws bob awr; wedyn bob hanner awr"),
                BilingualText.of("Run a bus every hour.\n\nAsk the operator for more & <better> buses.", "Rhedeg bws bob awr."),
                Optional.of(LocalDate.of(2026, 4, 1)), Optional.of(LocalDate.of(2027, 3, 31)),
                Optional.of(new ActionForExport.Status(1, "in_progress", BilingualText.of("In progress", "Ar y gweill"))),
                Optional.of(50.0), Instant.parse("2026-02-03T10:15:30Z"), URI.create("https://council.example/plans/4/actions/12"), 4,
                List.of(URI.create("https://council.example/plans/4/comments/88"), URI.create("https://council.example/plans/4/comments/91")));
    }

    private static ActionForExport bareAction() {
        return new ActionForExport(13, OptionalLong.empty(), Optional.empty(), Optional.empty(),
                BilingualText.of("=HYPERLINK(\"http://evil\")", ""), BilingualText.NONE, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(12.5), Instant.parse("2026-02-03T10:15:30Z"),
                URI.create("https://council.example/plans/4/actions/13"), 4, List.of());
    }

    private static String csv(List<ActionForExport> actions) throws IOException {
        StringWriter out = new StringWriter();
        new DecidimResultsCsv().write(actions, out);
        return out.toString();
    }

    @Test
    void theHeaderIsDecidimsResultsExport() throws IOException {
        assertEquals(DECIDIM_HEADER, csv(List.of()).strip());
        assertEquals(List.of(DECIDIM_HEADER.split(";")), DecidimResultsCsv.header());
    }

    @Test
    void eachActionIsARowDecidimReadsBack() throws IOException {
        String text = csv(List.of(busAction(), bareAction()));
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        assertEquals(2, rows.size());
        CSVRecord bus = rows.get(0);
        assertEquals("12", bus.get("id"));
        assertEquals("3", bus.get("parent/id"));
        assertEquals("2", bus.get("category/id"));
        assertEquals("Teithio", bus.get("category/name/cy"));
        assertEquals("Ashby town centre", bus.get("scope/name/en"));
        assertEquals("An hourly bus; later a half-hourly one", bus.get("title/en"));
        assertEquals("Bws bob awr; wedyn bob hanner awr", bus.get("title/cy"));
        assertEquals("<p>Run a bus every hour.</p><p>Ask the operator for more &amp; &lt;better&gt; buses.</p>",
                bus.get("description/en"));
        assertEquals("2026-04-01", bus.get("start_date"));
        assertEquals("2027-03-31", bus.get("end_date"));
        assertEquals("1", bus.get("status/id"));
        assertEquals("in_progress", bus.get("status/key"));
        assertEquals("Ar y gweill", bus.get("status/name/cy"));
        assertEquals("50.0", bus.get("progress"));
        assertEquals("2026-02-03 10:15:30 UTC", bus.get("created_at"));
        assertEquals("https://council.example/plans/4/actions/12", bus.get("url"));
        assertEquals("4", bus.get("component/id"));
        assertEquals("https://council.example/plans/4/comments/88, https://council.example/plans/4/comments/91",
                bus.get("proposal_urls"));

        CSVRecord bare = rows.get(1);
        assertEquals("", bare.get("parent/id"));
        assertEquals("", bare.get("category/id"));
        assertEquals("", bare.get("status/name/en"));
        assertEquals("12.5", bare.get("progress"));
        assertEquals("'=HYPERLINK(\"http://evil\")", bare.get("title/en"), "a formula is defused as Decidim does");
    }

    @Test
    void rowsEndWithALineFeedAndAreSemicolonSeparated() throws IOException {
        String text = csv(List.of(bareAction()));
        assertEquals(2, text.split("\n", -1).length - 1);
        assertEquals(DECIDIM_HEADER.split(";").length, text.split("\n")[1].split(";", -1).length);
    }
}
