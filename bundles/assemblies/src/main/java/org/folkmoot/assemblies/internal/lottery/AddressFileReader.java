package org.folkmoot.assemblies.internal.lottery;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an address file exported from the council's gazetteer (CSV with a header row): a
 * {@code UPRN} column, one or more address line columns ({@code address_1}, {@code Address Line 2},
 * {@code street}, {@code town}, ...), a {@code postcode} column, and any other columns (ward, LSOA
 * code, deprivation decile), kept by their lower-case names for strata.
 *
 * <p>The file is streamed, never held whole: a first pass checks whether it is UTF-8 (with or
 * without a byte-order mark); if not, it is read as Windows-1252, which is what Excel on Windows
 * writes, and a note says so. Rows without a UPRN, with one that is not a UPRN, without a
 * postcode, outside the {@link AddressArea} or repeating a UPRN already read are left out and
 * reported with their line number; the first {@value #PROBLEMS_KEPT} of each kind are kept, the
 * rest counted. A file without the columns needed, or with more than {@value #MAX_ROWS} rows, is
 * refused.
 */
public final class AddressFileReader {
    public static final int MAX_ROWS = 2_000_000;
    static final int PROBLEMS_KEPT = 200;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern POSTCODE = Pattern.compile("^([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})$");

    private final AddressArea area;

    public AddressFileReader(AddressArea area) {
        this.area = area;
    }

    public AddressFile read(Path file, LotteryProgress progress) throws IOException {
        long size = Files.size(file);
        Charset encoding = isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        try (InputStream in = Files.newInputStream(file)) {
            CountingStream counted = new CountingStream(in, size, progress);
            return read(new BufferedReader(new java.io.InputStreamReader(counted, encoding.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16), encoding);
        }
    }

    private AddressFile read(Reader reader, Charset encoding) throws IOException {
        Problems problems = new Problems();
        if (!encoding.equals(StandardCharsets.UTF_8)) {
            problems.add(LotteryProblem.note("lottery.file.windows1252"));
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        List<Address> addresses = new ArrayList<>();
        List<String> header = List.of();
        long rows = 0;
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            var records = parser.iterator();
            if (!records.hasNext()) {
                problems.add(LotteryProblem.refused("addresses", "lottery.file.empty"));
                return problems.file(addresses, encoding, header, 0);
            }
            header = headerOf(records.next());
            Columns columns = Columns.of(header);
            List<LotteryProblem> missing = columns.missing(header);
            if (!missing.isEmpty()) {
                missing.forEach(problems::add);
                return problems.file(addresses, encoding, header, 0);
            }
            Map<String, Long> firstLine = new HashMap<>();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (java.io.UncheckedIOException | IllegalStateException e) {
                    problems.add(LotteryProblem.refused("addresses", "lottery.file.unreadable", rows + 2,
                            String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage())));
                    return problems.file(List.of(), encoding, header, rows);
                }
                rows++;
                if (rows > MAX_ROWS) {
                    problems.add(LotteryProblem.refused("addresses", "lottery.file.tooLarge", MAX_ROWS));
                    return problems.file(List.of(), encoding, header, rows - 1);
                }
                long line = record.getRecordNumber(); // as a spreadsheet numbers rows: the header is 1
                columns.address(record, line, area, firstLine, problems).ifPresent(addresses::add);
            }
        }
        return problems.file(addresses, encoding, header, rows);
    }

    private static List<String> headerOf(CSVRecord record) {
        List<String> header = new ArrayList<>();
        for (String name : record) {
            header.add(name.replace("\uFEFF", "").strip());
        }
        return header;
    }

    /** Whether every byte of the file is well-formed UTF-8 (streamed, 64 KB at a time). */
    static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        try (var channel = Files.newByteChannel(file)) {
            boolean end = false;
            while (!end) {
                end = channel.read(bytes) < 0;
                bytes.flip();
                var result = decoder.decode(bytes, chars, end);
                if (result.isError()) {
                    return false;
                }
                chars.clear();
                bytes.compact();
            }
            if (decoder.flush(chars).isError()) {
                return false;
            }
            return bytes.position() == 0;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Normalises a postcode to upper case with one space, or empty if it is not a UK postcode. */
    public static Optional<String> postcode(String text) {
        String compact = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
        var m = POSTCODE.matcher(compact);
        return m.matches() ? Optional.of(m.group(1) + " " + m.group(2)) : Optional.empty();
    }

    /** Which column holds what, found from the header's names. */
    private record Columns(int uprn, List<Integer> lines, int postcode, Map<Integer, String> others) {
        static Columns of(List<String> header) {
            int uprn = -1;
            int postcode = -1;
            List<Integer> lines = new ArrayList<>();
            Map<Integer, String> others = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
                if (name.equals("uprn") && uprn < 0) {
                    uprn = i;
                } else if ((name.equals("postcode") || name.equals("postalcode")) && postcode < 0) {
                    postcode = i;
                } else if (name.startsWith("address") || name.matches("(addr|line)[0-9]+") || name.equals("street")
                        || name.equals("locality") || name.equals("town") || name.equals("posttown")) {
                    lines.add(i);
                } else if (!name.isEmpty()) {
                    others.put(i, header.get(i).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "_"));
                }
            }
            return new Columns(uprn, lines, postcode, others);
        }

        List<LotteryProblem> missing(List<String> header) {
            List<LotteryProblem> missing = new ArrayList<>();
            String found = String.join(", ", header);
            if (uprn < 0) {
                missing.add(LotteryProblem.refused("addresses", "lottery.file.missingColumn", "UPRN", found));
            }
            if (lines.isEmpty()) {
                missing.add(LotteryProblem.refused("addresses", "lottery.file.missingColumn", "address_1", found));
            }
            if (postcode < 0) {
                missing.add(LotteryProblem.refused("addresses", "lottery.file.missingColumn", "postcode", found));
            }
            return missing;
        }

        Optional<Address> address(CSVRecord record, long line, AddressArea area, Map<String, Long> firstLine, Problems problems) {
            String rawUprn = get(record, uprn);
            if (rawUprn.isBlank()) {
                problems.add(LotteryProblem.leftOut(line, "lottery.row.noUprn", line));
                return Optional.empty();
            }
            Optional<String> canonical = Uprn.canonical(rawUprn);
            if (canonical.isEmpty()) {
                problems.add(LotteryProblem.leftOut(line, "lottery.row.badUprn", line, rawUprn));
                return Optional.empty();
            }
            Optional<String> code = AddressFileReader.postcode(get(record, postcode));
            if (code.isEmpty()) {
                problems.add(LotteryProblem.leftOut(line, "lottery.row.badPostcode", line, get(record, postcode), canonical.get()));
                return Optional.empty();
            }
            if (!area.contains(code.get())) {
                problems.add(LotteryProblem.leftOut(line, "lottery.row.outsideArea", line, canonical.get(), code.get()));
                return Optional.empty();
            }
            Long first = firstLine.putIfAbsent(canonical.get(), line);
            if (first != null) {
                problems.add(LotteryProblem.leftOut(line, "lottery.row.duplicateUprn", line, canonical.get(), first));
                return Optional.empty();
            }
            List<String> text = new ArrayList<>(lines.size());
            for (int i : lines) {
                String value = get(record, i);
                if (!value.isBlank()) {
                    text.add(value.strip());
                }
            }
            if (text.isEmpty()) {
                problems.add(LotteryProblem.leftOut(line, "lottery.row.noAddress", line, canonical.get()));
                return Optional.empty();
            }
            Map<String, String> values = new HashMap<>();
            others.forEach((i, name) -> {
                String value = get(record, i);
                if (!value.isBlank()) {
                    values.put(name, value.strip());
                }
            });
            return Optional.of(new Address(canonical.get(), text, code.get(), values));
        }

        private static String get(CSVRecord record, int i) {
            return i < record.size() ? record.get(i) : "";
        }
    }

    /** Problems found, the first {@value #PROBLEMS_KEPT} of each kind kept and the rest counted. */
    private static final class Problems {
        private final List<LotteryProblem> kept = new ArrayList<>();
        private final Map<String, Long> counts = new LinkedHashMap<>();
        private final Map<String, Long> lastKept = new HashMap<>();

        void add(LotteryProblem problem) {
            long n = counts.merge(problem.key(), 1L, Long::sum);
            if (n <= PROBLEMS_KEPT) {
                kept.add(problem);
                lastKept.put(problem.key(), problem.line());
            }
        }

        AddressFile file(List<Address> addresses, Charset encoding, List<String> header, long rows) {
            List<LotteryProblem> all = new ArrayList<>(kept);
            counts.forEach((key, n) -> {
                if (n > PROBLEMS_KEPT) {
                    all.add(LotteryProblem.note("lottery.file.moreProblems", n - PROBLEMS_KEPT, lastKept.get(key)));
                }
            });
            return new AddressFile(addresses, all, encoding, header, rows);
        }
    }

    /** Reports how far through the file reading has got, every megabyte. */
    private static final class CountingStream extends java.io.FilterInputStream {
        private final long size;
        private final LotteryProgress progress;
        private long read;
        private long reported;

        CountingStream(InputStream in, long size, LotteryProgress progress) {
            super(in);
            this.size = size;
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read - reported >= 1 << 20 || read == size) {
                reported = read;
                progress.update("lottery.progress.reading", read, size);
            }
        }
    }
}
