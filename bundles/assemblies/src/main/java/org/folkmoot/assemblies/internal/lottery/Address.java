package org.folkmoot.assemblies.internal.lottery;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One household's address from the council's gazetteer export: its UPRN (Unique Property
 * Reference Number, in the canonical form {@link Uprn#canonical} gives: digits, no leading zeros),
 * the address lines as the file has them (empty ones dropped), the postcode (upper case, one space
 * before the inward code) and the file's optional columns (ward, LSOA code, deprivation decile,
 * ...) by their lower-case header name.
 */
public record Address(String uprn, List<String> lines, String postcode, Map<String, String> columns) {

    public Address {
        Objects.requireNonNull(uprn, "uprn");
        lines = List.copyOf(lines);
        Objects.requireNonNull(postcode, "postcode");
        columns = Map.copyOf(columns);
    }

    /** The value of an optional column such as {@code ward} or {@code imd_decile}, if the row has one. */
    public Optional<String> column(String name) {
        String value = columns.get(name.toLowerCase(java.util.Locale.ROOT));
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    /** The address on one line, as a mail-merge or a results table shows it: lines, then postcode. */
    public String oneLine() {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(line).append(", ");
        }
        return text.append(postcode).toString();
    }
}
