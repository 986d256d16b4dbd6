package org.folkmoot.sortition.internal.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.folkmoot.sortition.internal.core.Respondent;
import org.folkmoot.sortition.internal.core.SortitionInputException;

/**
 * Reads a respondents file: one column per target category (matched by name, ignoring case), an
 * optional {@code id} column (without one, a respondent's id is its 1-based row number) and
 * optional address columns whose joined values form the household key.
 */
public final class Respondents {
    /** The Sortition Foundation's address columns, used when none are named and both are present. */
    public static final List<String> DEFAULT_ADDRESS_COLUMNS = List.of("primary_address1", "primary_zip");

    private Respondents() {
    }

    /** The pool, plus the full rows (header first) so the outputs can repeat every column. */
    public record Pool(List<Respondent> respondents, List<String> header, List<List<String>> rows,
            boolean hasIdColumn, List<String> addressColumns) {
    }

    /**
     * @param addressColumns columns naming the address, or null for the default (the Sortition
     *        Foundation's columns when present, otherwise no household rule)
     */
    public static Pool read(Reader in, String fileName, Set<String> categories, List<String> addressColumns)
            throws IOException {
        List<List<String>> rows = Csv.read(in);
        if (rows.isEmpty()) {
            throw new SortitionInputException("The respondents file " + fileName + " is empty.");
        }
        List<String> header = rows.get(0);
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).toLowerCase(Locale.ROOT), i);
        }
        Map<String, Integer> categoryColumn = new LinkedHashMap<>();
        for (String c : categories) {
            Integer i = columns.get(c.toLowerCase(Locale.ROOT));
            if (i == null) {
                throw new SortitionInputException("The respondents file " + fileName + " has no column for the category '"
                        + c + "' named in the targets (columns: " + String.join(", ", header) + ").");
            }
            categoryColumn.put(c, i);
        }
        Integer idColumn = columns.get("id");
        List<String> address = addressColumns;
        if (address == null) {
            address = DEFAULT_ADDRESS_COLUMNS.stream().allMatch(columns::containsKey) ? DEFAULT_ADDRESS_COLUMNS : List.of();
        }
        List<Integer> addressIndex = new ArrayList<>();
        for (String a : address) {
            Integer i = columns.get(a.toLowerCase(Locale.ROOT));
            if (i == null) {
                throw new SortitionInputException("The respondents file " + fileName + " has no address column '" + a
                        + "' (columns: " + String.join(", ", header) + ").");
            }
            addressIndex.add(i);
        }
        List<Respondent> pool = new ArrayList<>();
        List<List<String>> data = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = new ArrayList<>(rows.get(r));
            while (row.size() < header.size()) {
                row.add("");
            }
            data.add(row);
            String id = idColumn == null ? Integer.toString(r) : row.get(idColumn);
            if (id.isEmpty()) {
                throw new SortitionInputException(fileName + " line " + (r + 1) + ": the id is empty.");
            }
            Map<String, String> features = new LinkedHashMap<>();
            for (Map.Entry<String, Integer> e : categoryColumn.entrySet()) {
                String v = row.get(e.getValue());
                if (v.isEmpty()) {
                    throw new SortitionInputException(fileName + " line " + (r + 1) + " (respondent " + id
                            + "): no value for '" + e.getKey() + "'.");
                }
                features.put(e.getKey(), v);
            }
            pool.add(new Respondent(id, features, household(row, addressIndex)));
        }
        if (pool.isEmpty()) {
            throw new SortitionInputException("The respondents file " + fileName + " has no respondents: the pool is empty.");
        }
        return new Pool(List.copyOf(pool), List.copyOf(header), data, idColumn != null, List.copyOf(address));
    }

    private static String household(List<String> row, List<Integer> addressIndex) {
        if (addressIndex.isEmpty()) {
            return null;
        }
        Set<String> parts = new LinkedHashSet<>();
        StringBuilder key = new StringBuilder();
        for (int i : addressIndex) {
            String v = row.get(i).trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            parts.add(v);
            key.append(v).append('\u001f');
        }
        return parts.stream().allMatch(String::isEmpty) ? null : key.toString();
    }
}
