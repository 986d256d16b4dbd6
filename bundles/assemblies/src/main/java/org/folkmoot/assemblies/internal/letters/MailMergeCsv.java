package org.folkmoot.assemblies.internal.letters;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.folkmoot.assemblies.internal.lottery.Address;

/**
 * The letters as a mail-merge file for a print house: one row per letter with the registration
 * code, the link the QR code holds, the UPRN, the address in up to {@value #ADDRESS_LINES} lines
 * (longer addresses have their last lines joined) and the postcode. UTF-8 with a byte-order mark,
 * so that Excel shows Welsh letters right; CRLF line ends (RFC 4180).
 */
public final class MailMergeCsv {
    public static final int ADDRESS_LINES = 5;
    public static final List<String> HEADER = List.of("code", "registration_link", "uprn", "address_line_1", "address_line_2",
            "address_line_3", "address_line_4", "address_line_5", "postcode");

    private MailMergeCsv() {
    }

    public static void write(Iterable<Letter> letters, LetterSettings settings, Writer out) throws IOException {
        out.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get());
        for (Letter letter : letters) {
            Address address = letter.household().address();
            List<String> row = new ArrayList<>(HEADER.size());
            row.add(letter.code());
            row.add(settings.registrationLink(letter.code()));
            row.add(address.uprn());
            row.addAll(lines(address.lines()));
            row.add(address.postcode());
            csv.printRecord(row);
        }
        csv.flush();
    }

    /** Exactly {@value #ADDRESS_LINES} lines: short addresses padded, long ones with their tail joined by commas. */
    static List<String> lines(List<String> lines) {
        List<String> out = new ArrayList<>(lines.subList(0, Math.min(lines.size(), ADDRESS_LINES)));
        if (lines.size() > ADDRESS_LINES) {
            out.set(ADDRESS_LINES - 1, String.join(", ", lines.subList(ADDRESS_LINES - 1, lines.size())));
        }
        while (out.size() < ADDRESS_LINES) {
            out.add("");
        }
        return out;
    }
}
