package org.folkmoot.assets.internal.register;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.folkmoot.assets.internal.register.ImportResult.LineError;

/**
 * Import and export of the Local Government Transparency Code "land and assets" CSV.
 *
 * <p>Councils publish it with varying headers (Cheltenham's 2021 file repeats Organisation and
 * has separate street, town and postcode columns; its 2023 file has a single Site Address), in
 * Windows-1252 or UTF-8, with line breaks inside quoted fields. Columns are found by name,
 * ignoring case, spaces and punctuation; the first of two same-named columns wins. Importing
 * again updates the asset with the same UPRN and asset code instead of adding a second one.
 *
 * <p>The file is read by {@link CsvRows} (Apache Commons CSV: RFC 4180 quoting, line numbers that
 * count breaks inside quoted fields so errors point at the right line).
 */
public final class TransparencyCodeCsv {
    /** The columns written on export: the Transparency Code's, then ours. */
    public static final List<String> EXPORT_HEADER = List.of("Organisation", "OrganisationLabel", "UPRN", "AssetCode",
            "PropertyName", "StreetName", "PostTown", "PostCode", "GeoX", "GeoY", "TenureType", "TenureDetail",
            "HoldingType", "CurrentUse", "Condition", "Latitude", "Longitude");

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int MAX_ERRORS = 1000;

    private static final Map<String, List<String>> ALIASES = Map.ofEntries(
            Map.entry("organisation", List.of("organisation", "organisationname")),
            Map.entry("organisationlabel", List.of("organisationlabel", "organisationcode")),
            Map.entry("uprn", List.of("uprn")),
            Map.entry("assetcode", List.of("assetcode", "assetreference", "assetid")),
            Map.entry("name", List.of("propertyname", "name", "assetname", "sitename")),
            Map.entry("address", List.of("streetname", "siteaddress", "address", "streetaddress")),
            Map.entry("posttown", List.of("posttown", "town")),
            Map.entry("postcode", List.of("postcode")),
            Map.entry("crs", List.of("coordinatereferencesystem", "crs", "coordinatesystem", "spatialreferencesystem")),
            Map.entry("geox", List.of("geox", "geoxeasting", "easting")),
            Map.entry("geoy", List.of("geoy", "geoynorthing", "northing")),
            Map.entry("latitude", List.of("latitude", "lat")),
            Map.entry("longitude", List.of("longitude", "long", "lon")),
            Map.entry("tenuretype", List.of("tenuretype", "tenure")),
            Map.entry("tenuredetail", List.of("tenuredetail")),
            Map.entry("holdingtype", List.of("holdingtype")),
            Map.entry("currentuse", List.of("currentuse", "use")),
            Map.entry("condition", List.of("condition")));

    private static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private final AssetRepository repository;

    public TransparencyCodeCsv(AssetRepository repository) {
        this.repository = repository;
    }

    /** Decodes a file as UTF-8 when it is valid UTF-8, else as Windows-1252 (what Excel saves); drops a BOM. */
    public static String decode(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, WINDOWS_1252);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    public ImportResult importCsv(byte[] body) {
        return importCsv(decode(body));
    }

    /**
     * Imports CSV text read by {@link CsvRows}. A bad row is that row's error and the good ones are
     * kept; a file that cannot be read from some line on keeps the rows before it and reports the line.
     */
    public ImportResult importCsv(String text) {
        CsvRows.Read read = CsvRows.read(text);
        List<LineError> errors = new ArrayList<>();
        List<Asset> valid = new ArrayList<>();
        List<CsvRows.Row> rows = read.rows();
        if (rows.isEmpty()) {
            return ImportResult.refused(read.broken().orElse(new LineError(1, "The file is empty: expected a header row.")));
        }
        CSVRecord headerRecord = rows.get(0).record();
        Map<String, Integer> columns = resolve(headerRecord);
        if (!columns.containsKey("uprn") && !columns.containsKey("assetcode")) {
            return ImportResult.refused(new LineError(1, "The header has neither a UPRN nor an AssetCode column: "
                    + String.join(", ", headerRecord.toList())));
        }
        int width = headerRecord.size();
        for (CsvRows.Row row : rows.subList(1, rows.size())) {
            CSVRecord record = row.record();
            if (record.stream().allMatch(String::isBlank)) {
                continue;
            }
            try {
                if (record.size() != width) {
                    throw new IllegalArgumentException("has " + record.size() + " fields but the header has " + width);
                }
                valid.add(toAsset(record, columns));
            } catch (IllegalArgumentException e) {
                if (errors.size() < MAX_ERRORS) {
                    errors.add(new LineError(row.line(), "Row " + e.getMessage() + "."));
                }
            }
        }
        read.broken().ifPresent(errors::add);
        if (valid.isEmpty() && read.broken().isPresent()) {
            // broken before its first good row: the file, not a row, is at fault
            return new ImportResult(0, 0, 0, errors, true);
        }
        int created = repository.upsertAll(valid);
        return new ImportResult(valid.size(), created, valid.size() - created, errors, false);
    }

    private static Map<String, Integer> resolve(CSVRecord header) {
        Map<String, Integer> byNormalised = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            byNormalised.putIfAbsent(normalise(header.get(i)), i);
        }
        Map<String, Integer> columns = new HashMap<>();
        ALIASES.forEach((field, names) -> names.stream().filter(byNormalised::containsKey).findFirst()
                .ifPresent(n -> columns.put(field, byNormalised.get(n))));
        return columns;
    }

    static String normalise(String header) {
        String h = header.toLowerCase(Locale.ROOT);
        int paren = h.indexOf('(');
        if (paren > 0 && !h.startsWith("geo")) {
            h = h.substring(0, paren);
        }
        return h.replaceAll("[^a-z0-9]", "");
    }

    /**
     * The longest value each field may have, as the register's columns allow (V1__assets.sql): a
     * longer value is that row's error, not the import's failure.
     */
    static final Map<String, Integer> MAX_LENGTH = Map.ofEntries(
            Map.entry("assetcode", 120), Map.entry("organisation", 200), Map.entry("organisationlabel", 40),
            Map.entry("name", 500), Map.entry("address", 1000), Map.entry("posttown", 100), Map.entry("postcode", 10),
            Map.entry("tenuretype", 100), Map.entry("tenuredetail", 200), Map.entry("holdingtype", 200),
            Map.entry("currentuse", 500), Map.entry("condition", 500));

    private static Asset toAsset(CSVRecord r, Map<String, Integer> c) {
        for (Map.Entry<String, Integer> limit : MAX_LENGTH.entrySet()) {
            int length = field(r, c, limit.getKey()).length();
            if (length > limit.getValue()) {
                throw new IllegalArgumentException("has a " + ALIASES.get(limit.getKey()).get(0) + " of " + length
                        + " characters: at most " + limit.getValue() + " fit");
            }
        }
        String uprn = field(r, c, "uprn");
        String code = field(r, c, "assetcode");
        if (uprn.isEmpty() && code.isEmpty()) {
            throw new IllegalArgumentException("has neither a UPRN nor an asset code");
        }
        if (!uprn.isEmpty() && !uprn.matches("\\d{1,12}")) {
            throw new IllegalArgumentException("UPRN '" + uprn + "' is not a number of up to 12 digits");
        }
        return new Asset(new AssetKey(uprn, code), field(r, c, "organisation"), field(r, c, "organisationlabel"),
                field(r, c, "name"), field(r, c, "address"), field(r, c, "posttown"), field(r, c, "postcode"),
                location(r, c), field(r, c, "tenuretype"), field(r, c, "tenuredetail"), field(r, c, "holdingtype"),
                field(r, c, "currentuse"), field(r, c, "condition"));
    }

    private static Optional<Location> location(CSVRecord r, Map<String, Integer> c) {
        String x = field(r, c, "geox");
        String y = field(r, c, "geoy");
        String lat = field(r, c, "latitude");
        String lon = field(r, c, "longitude");
        if (!x.isEmpty() || !y.isEmpty()) {
            if (x.isEmpty() || y.isEmpty()) {
                throw new IllegalArgumentException("has only one of GeoX and GeoY");
            }
            return Optional.of(position(field(r, c, "crs"), x, y));
        }
        if (!lat.isEmpty() || !lon.isEmpty()) {
            if (lat.isEmpty() || lon.isEmpty()) {
                throw new IllegalArgumentException("has only one of Latitude and Longitude");
            }
            return Optional.of(Location.latLong(lat, lon));
        }
        return Optional.empty();
    }

    /**
     * GeoX and GeoY in the reference system the row names in {@code CoordinateReferenceSystem}, as
     * the Transparency Code lets each council choose: OSGB36 (British National Grid eastings and
     * northings, EPSG:27700; the system assumed when the column is absent or blank) or WGS84
     * (longitude and latitude, EPSG:4326). Any other system is that row's error, naming the two.
     */
    static Location position(String crs, String x, String y) {
        String system = crs.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        if (system.contains("WGS84") || system.contains("4326")) {
            return Location.latLong(y, x);
        }
        if (system.isEmpty() || system.contains("OSGB") || system.contains("27700") || system.contains("BRITISHNATIONALGRID")
                || system.equals("BNG")) {
            if (system.isEmpty() && looksLikeDegrees(x, y)) {
                throw new IllegalArgumentException("has GeoX " + x + " and GeoY " + y + ", which look like longitude and"
                        + " latitude: say WGS84 in CoordinateReferenceSystem (without it, GeoX and GeoY are OSGB36"
                        + " eastings and northings)");
            }
            return Location.grid(x, y);
        }
        throw new IllegalArgumentException("has CoordinateReferenceSystem '" + crs + "': use OSGB36 (GeoX and GeoY"
                + " as British National Grid eastings and northings) or WGS84 (GeoX longitude, GeoY latitude)");
    }

    /** Within Great Britain's longitudes and latitudes, where no National Grid coordinate is on land. */
    private static boolean looksLikeDegrees(String x, String y) {
        try {
            double lon = Double.parseDouble(x.strip());
            double lat = Double.parseDouble(y.strip());
            return lon > -9 && lon < 3 && lat > 49 && lat < 61;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A field with its lines stripped and joined by ", " (addresses come with a line per part). */
    private static String field(CSVRecord r, Map<String, Integer> c, String name) {
        Integer i = c.get(name);
        if (i == null) {
            return "";
        }
        return Arrays.stream(r.get(i).replace('\u00a0', ' ').split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.joining(", "));
    }

    /** Writes the whole register in the Transparency Code columns (UTF-8 text; the caller picks the encoding). */
    public void export(Writer out) {
        try (CSVPrinter p = new CSVPrinter(out, WRITE)) {
            p.printRecord(EXPORT_HEADER);
            for (Asset a : repository.all()) {
                Location loc = a.location().orElse(null);
                boolean grid = loc != null && loc.crs() == Location.Crs.BRITISH_NATIONAL_GRID;
                boolean wgs = loc != null && loc.crs() == Location.Crs.WGS84;
                p.printRecord(a.organisation(), a.organisationLabel(), a.uprn(), a.assetCode(), a.name(), a.address(),
                        a.postTown(), a.postcode(),
                        grid ? loc.x().toPlainString() : "", grid ? loc.y().toPlainString() : "",
                        a.tenureType(), a.tenureDetail(), a.holdingType(), a.currentUse(), a.condition(),
                        wgs ? loc.y().toPlainString() : "", wgs ? loc.x().toPlainString() : "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
