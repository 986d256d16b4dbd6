package org.folkmoot.connector.decidim.internal.opendata;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * One CSV file of an export, read row by row. The separator is the one the header line uses (Decidim
 * writes semicolons by default, commas where a site changed it); a byte-order mark is dropped; an empty
 * file has no rows. A file that cannot be parsed (an unclosed quote, text that is not UTF-8) ends with
 * {@link MalformedCsv}, naming the line.
 */
public final class OpenDataCsv implements Closeable, Iterator<OpenDataCsv.Row> {

    /** One row: its first line in the file and its cells by column name. */
    public static final class Row {
        private final long line;
        private final CSVRecord record;

        Row(long line, CSVRecord record) {
            this.line = line;
            this.record = record;
        }

        public long line() {
            return line;
        }

        /** The cell, stripped; empty when the column is missing or the row is short. */
        public String get(String column) {
            String value = record.isMapped(column) && record.isSet(column) ? record.get(column) : null;
            return value == null ? "" : value.strip();
        }

        public boolean has(String column) {
            return record.isMapped(column);
        }

        /** The column names of the file, in order. */
        public List<String> columns() {
            return record.getParser().getHeaderNames();
        }
    }

    /** The file cannot be parsed from {@link #line()} on. */
    public static final class MalformedCsv extends IOException {
        private static final long serialVersionUID = 1L;
        private final long line;

        MalformedCsv(long line, String message, Throwable cause) {
            super(message, cause);
            this.line = line;
        }

        public long line() {
            return line;
        }
    }

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    private OpenDataCsv(CSVParser parser) {
        this.parser = parser;
        this.records = parser == null ? null : parser.iterator();
    }

    /** Opens a file; the caller closes it (which closes {@code in}). */
    public static OpenDataCsv open(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        reader.mark(1 << 16);
        String header = reader.readLine();
        reader.reset();
        if (header == null || header.isBlank()) {
            reader.close();
            return new OpenDataCsv(null);
        }
        if (header.charAt(0) == '\uFEFF') {
            reader.skip(1);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator(header)).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).get();
        try {
            return new OpenDataCsv(CSVParser.builder().setReader(reader).setFormat(format).get());
        } catch (IllegalArgumentException | UncheckedIOException e) {
            reader.close();
            throw new MalformedCsv(1, "its header line cannot be read: " + e.getMessage(), e);
        }
    }

    /** The separator of a header line: semicolon or comma, whichever it has more of outside quotes. */
    static char separator(String header) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /** The column names; empty for an empty file. */
    public List<String> columns() {
        return parser == null ? List.of() : parser.getHeaderNames();
    }

    public Map<String, Integer> columnIndex() {
        return parser == null ? Map.of() : parser.getHeaderMap();
    }

    @Override
    public boolean hasNext() {
        if (records == null) {
            return false;
        }
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new UncheckedIOException(malformed(e));
        }
    }

    /**
     * The next row. Throws {@link UncheckedIOException} wrapping a {@link MalformedCsv} when the file
     * cannot be parsed from here on.
     */
    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        try {
            CSVRecord record = records.next();
            // the parser has read to the end of the record: its first line is back by the line breaks inside it
            long line = parser.getCurrentLineNumber();
            for (String value : record) {
                for (int i = value.indexOf('\n'); i >= 0; i = value.indexOf('\n', i + 1)) {
                    line--;
                }
            }
            return new Row(line, record);
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new UncheckedIOException(malformed(e));
        }
    }

    private MalformedCsv malformed(RuntimeException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String why = cause instanceof java.nio.charset.CharacterCodingException ? "the text is not UTF-8"
                : cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new MalformedCsv(parser.getCurrentLineNumber(), why, e);
    }

    @Override
    public void close() throws IOException {
        if (parser != null) {
            parser.close();
        }
    }
}
