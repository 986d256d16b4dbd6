package org.folkmoot.plans.internal.publish;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a plan's actions as the CSV Decidim's accountability component exports for its results (the result
 * serializer of Decidim 0.27 and 0.28, whose columns Decidim's own results import reads back): the same columns in the
 * same order, nested names joined with "/", one column per language ({@code title/en}, {@code title/cy}), lists joined
 * with ", ", dates as {@code YYYY-MM-DD}, the creation time as Rails writes it in UTC, the description as HTML
 * paragraphs as Decidim keeps it, separated by ";" as Decidim writes it (its {@code default_csv_col_sep}). A value
 * starting with {@code = + - @} gets a leading "'" as Decidim's exporter does, so a spreadsheet does not run it.
 */
public final class DecidimResultsCsv {

    /** The languages of the site, in the order Decidim would list them. */
    private static final List<String> LANGUAGES = List.of("en", "cy");

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\n").get();
    private static final DateTimeFormatter RAILS_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern PARAGRAPHS = Pattern.compile("\\n\\s*\\n");

    /** The columns for a site in English and Welsh, in Decidim's order. */
    public static List<String> header() {
        List<String> columns = new ArrayList<>();
        columns.add("id");
        columns.add("category/id");
        translated(columns, "category/name");
        columns.add("scope/id");
        translated(columns, "scope/name");
        columns.add("parent/id");
        translated(columns, "title");
        translated(columns, "description");
        columns.add("start_date");
        columns.add("end_date");
        columns.add("status/id");
        columns.add("status/key");
        translated(columns, "status/name");
        columns.add("progress");
        columns.add("created_at");
        columns.add("url");
        columns.add("component/id");
        columns.add("proposal_urls");
        return List.copyOf(columns);
    }

    private static void translated(List<String> columns, String name) {
        LANGUAGES.forEach(language -> columns.add(name + "/" + language));
    }

    /** Writes the header and one row per action; does not close the writer. */
    public void write(List<ActionForExport> actions, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, FORMAT);
        csv.printRecord(header());
        for (ActionForExport action : actions) {
            csv.printRecord(row(action).stream().map(DecidimResultsCsv::defused).toList());
        }
        csv.flush();
    }

    private static List<String> row(ActionForExport a) {
        List<String> row = new ArrayList<>();
        row.add(Long.toString(a.id()));
        category(row, a.theme());
        category(row, a.area());
        row.add(a.parentId().isPresent() ? Long.toString(a.parentId().getAsLong()) : "");
        translations(row, a.title());
        translations(row, new BilingualText(html(a.description().en()), html(a.description().cy())));
        row.add(a.start().map(Object::toString).orElse(""));
        row.add(a.end().map(Object::toString).orElse(""));
        row.add(a.status().map(s -> Long.toString(s.id())).orElse(""));
        row.add(a.status().map(ActionForExport.Status::key).orElse(""));
        translations(row, a.status().map(ActionForExport.Status::name).orElse(BilingualText.NONE));
        row.add(a.progress().map(DecidimResultsCsv::decimal).orElse(""));
        row.add(railsTime(a.created()));
        row.add(a.url().toString());
        row.add(Long.toString(a.planId()));
        row.add(a.commentUrls().stream().map(URI::toString).collect(Collectors.joining(", ")));
        return row;
    }

    private static void category(List<String> row, Optional<ActionForExport.Category> category) {
        row.add(category.map(c -> Long.toString(c.id())).orElse(""));
        translations(row, category.map(ActionForExport.Category::name).orElse(BilingualText.NONE));
    }

    private static void translations(List<String> row, BilingualText text) {
        LANGUAGES.forEach(language -> row.add(text.in(language)));
    }

    /** Ruby prints a decimal with at least one digit after the point: 50.0, 12.5. */
    private static String decimal(double value) {
        java.math.BigDecimal d = java.math.BigDecimal.valueOf(value).stripTrailingZeros();
        return d.scale() <= 0 ? d.setScale(1).toPlainString() : d.toPlainString();
    }

    private static String railsTime(Instant instant) {
        return RAILS_TIME.format(instant);
    }

    /** Plain paragraphs as the HTML Decidim's rich text editor keeps: {@code <p>...</p>} each, escaped. */
    private static String html(String text) {
        if (text.isBlank()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String paragraph : PARAGRAPHS.split(text.strip())) {
            out.append("<p>");
            out.append(Stream.of(paragraph.strip().split("\\s*\\n\\s*")).map(DecidimResultsCsv::escape)
                    .collect(Collectors.joining("<br>")));
            out.append("</p>");
        }
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String defused(String value) {
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
