package org.folkmoot.assets.internal.register;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.folkmoot.assets.internal.register.ImportResult.LineError;

/**
 * The one way an uploaded CSV is read: every record with the line of the file it starts on, and,
 * when the parser gives up (a quoted field never closed, in the header or further down), the line
 * it gave up at as a {@link LineError} rather than an exception. Commons CSV signals a broken file
 * with unchecked exceptions from its iterator, at any record, the first included; reading the whole
 * file here before anything is stored means no import ever acts on half a record.
 *
 * <p>Line numbers count line feeds (as editors and {@code wc -l} do); a lone carriage return inside
 * a field, which Excel leaves in some exports, does not start a line.
 */
public final class CsvRows {

    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    /** One record and the line it starts on. */
    public record Row(long line, CSVRecord record) {
    }

    /** The records read, and where reading stopped if the file broke before its end. */
    public record Read(List<Row> rows, Optional<LineError> broken) {
    }

    private CsvRows() {
    }

    public static Read read(String text) {
        Lines lines = new Lines(text);
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = READ.parse(new StringReader(text))) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        return new Read(rows, Optional.empty());
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    long at = rows.isEmpty() ? 1 : after(lines, rows.get(rows.size() - 1));
                    return new Read(rows, Optional.of(new LineError(at, "Cannot read the file from line " + at
                            + " on: a quoted field is opened and never closed (" + rootMessage(e)
                            + "). Close the quote, or double any quote inside a quoted field (\"\").")));
                }
                rows.add(new Row(lines.lineAt(record.getCharacterPosition()), record));
            }
        } catch (IOException e) {
            // a StringReader does not fail
            throw new UncheckedIOException(e);
        }
    }

    /** The line after a record, counting the line feeds inside its quoted fields. */
    private static long after(Lines lines, Row row) {
        return row.line() + row.record().stream().mapToLong(v -> v.chars().filter(ch -> ch == '\n').count()).sum() + 1;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    /** Maps a character offset to a 1-based line number, counting line feeds. */
    private static final class Lines {
        private final int[] feeds;

        Lines(String text) {
            feeds = java.util.stream.IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n').toArray();
        }

        long lineAt(long offset) {
            int i = Arrays.binarySearch(feeds, (int) offset);
            return (i >= 0 ? i : -i - 1) + 1L;
        }
    }
}
