package org.folkmoot.assemblies.internal.registration;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.folkmoot.assemblies.internal.Refused;
import org.folkmoot.assemblies.internal.store.Registrations.Household;

/**
 * Reads the {@code drawn.csv} that {@code bin/folkmoot lottery} writes (UPRN, address, stratum,
 * key, registration code) and checks it against the assembly's public seed: each key must be the
 * lowercase hex SHA-256 of {@code seed + "\n" + UPRN}, so a file drawn with another seed, or
 * edited, is refused.
 */
public final class DrawnCsv {

    private DrawnCsv() {
    }

    public static List<Household> read(byte[] bytes, String seed) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Household> out = new ArrayList<>();
        try (CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get()
                .parse(new StringReader(text))) {
            Map<String, Integer> columns = new HashMap<>();
            csv.getHeaderMap().forEach((k, v) -> columns.put(k.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""), v));
            Integer code = columns.containsKey("registrationcode") ? columns.get("registrationcode") : columns.get("code");
            for (String c : List.of("uprn", "key")) {
                if (!columns.containsKey(c)) {
                    throw Refused.of("drawn", "assemblies.error.drawn.header", c);
                }
            }
            if (code == null) {
                throw Refused.of("drawn", "assemblies.error.drawn.header", "registration code");
            }
            Set<String> uprns = new HashSet<>();
            Set<String> codes = new HashSet<>();
            for (CSVRecord r : csv) {
                long line = r.getRecordNumber() + 1;
                String uprn = cell(r, columns.get("uprn"));
                String key = cell(r, columns.get("key"));
                String c = Codes.normalise(cell(r, code));
                if (uprn.isEmpty() || !uprn.matches("\\d{1,12}") || c.length() < 6 || c.length() > 20) {
                    throw Refused.of("drawn", "assemblies.error.drawn.line", line);
                }
                if (!key.equals(key(seed, uprn))) {
                    throw Refused.of("drawn", "assemblies.error.drawn.key", line, uprn);
                }
                if (!uprns.add(uprn) || !codes.add(c)) {
                    throw Refused.of("drawn", "assemblies.error.drawn.twice", line);
                }
                out.add(new Household(c, uprn, cell(r, columns.get("address")), cell(r, columns.get("stratum")), key, false));
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            if (e instanceof Refused r) {
                throw r;
            }
            throw Refused.of("drawn", "assemblies.error.drawn.csv");
        }
        if (out.isEmpty()) {
            throw Refused.of("drawn", "assemblies.error.drawn.empty");
        }
        return out;
    }

    /** The lottery key of an address: lowercase hex SHA-256 of the UTF-8 text {@code seed + "\n" + uprn}. */
    public static String key(String seed, String uprn) {
        return HexFormat.of().formatHex(sha256((seed + "\n" + uprn).getBytes(StandardCharsets.UTF_8)));
    }

    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cell(CSVRecord r, Integer column) {
        return column == null || column >= r.size() ? "" : r.get(column).strip();
    }
}
