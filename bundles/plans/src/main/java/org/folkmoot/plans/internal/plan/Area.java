package org.folkmoot.plans.internal.plan;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The area a plan or an action concerns: GSS codes (a council, a ward: {@code E08000009}), small
 * areas (English or Welsh LSOAs {@code E01006099}, Scottish data zones {@code S01008001}), or a named
 * locality with no code.
 */
public record Area(Kind kind, List<String> codes, String name) {
    public enum Kind { GSS, LSOA, DATA_ZONE, LOCALITY }

    private static final Pattern GSS = Pattern.compile("[EWSNK]\\d{8}");
    private static final Pattern LSOA = Pattern.compile("[EW]01\\d{6}");
    private static final Pattern DATA_ZONE = Pattern.compile("S01\\d{6}");

    public Area {
        codes = codes == null ? List.of() : codes.stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
        name = name == null ? "" : name.strip();
        if (kind == null) {
            kind = Kind.LOCALITY;
        }
    }

    public static Area locality(String name) {
        return new Area(Kind.LOCALITY, List.of(), name);
    }

    /** The first code that is not of this kind, for a refusal that names it. */
    public java.util.Optional<String> badCode() {
        Pattern p = switch (kind) {
            case GSS -> GSS;
            case LSOA -> LSOA;
            case DATA_ZONE -> DATA_ZONE;
            case LOCALITY -> null;
        };
        if (p == null) {
            return codes.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(codes.get(0));
        }
        return codes.stream().filter(c -> !p.matcher(c).matches()).findFirst();
    }
}
