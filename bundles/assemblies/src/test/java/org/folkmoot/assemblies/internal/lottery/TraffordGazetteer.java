package org.folkmoot.assemblies.internal.lottery;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A made-up gazetteer export for Trafford: no open list of UK households exists, so this puts
 * generated houses (made-up UPRNs, streets and numbers) on Trafford's real postcodes, each with its
 * real ward, 2021 LSOA and IMD 2019 decile ({@code bundles/testdata/assemblies/trafford_postcodes.csv.gz};
 * ONS Postcode Directory and MHCLG, Open Government Licence v3.0). The same {@code n} always gives
 * the same file: houses are spread over the 11,264 postcodes by fixed random weights (seed 2026),
 * about one postcode in seven is a block of flats.
 *
 * <p>{@code java ... TraffordGazetteer N OUT.csv} writes one (the benchmark and the committed sample use it).
 */
public final class TraffordGazetteer {
    public static final List<String> HEADER = List.of("UPRN", "Address Line 1", "Address Line 2", "Town", "Postcode", "ward",
            "ward_code", "lsoa_code", "imd_decile");
    private static final String[] STREETS = {"Albert", "Victoria", "Church", "Park", "Station", "Chester", "Manchester", "Derbyshire",
        "Stamford", "Washway", "Moss", "Brook", "Marsland", "Northenden", "Cross", "Ashton", "Urmston", "Flixton", "Davyhulme",
        "Barton", "Kings", "Queens", "Talbot", "Warwick", "Seymour", "Gorse", "Ayres", "Trafford", "Hale", "Bowdon", "Ashley",
        "Timperley", "Broadheath", "Navigation", "Bridgewater", "Mersey", "Irwell", "Oak", "Beech", "Elm", "Lime", "Rowan", "Cedar",
        "Hawthorn", "Willow", "Sycamore", "Chestnut", "Birch", "Heather", "Bramble"};
    private static final String[] KINDS = {"Road", "Street", "Avenue", "Lane", "Grove", "Close", "Drive", "Crescent", "Way", "Gardens"};
    private static final String[] BLOCKS = {"Court", "House", "Lodge", "Mews", "Point"};

    /** One of Trafford's postcodes with its ward, LSOA and IMD decile. */
    public record Place(String postcode, String wardCode, String ward, String lsoa, String decile) {
    }

    private TraffordGazetteer() {
    }

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        try (Writer out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            write(n, out);
        }
    }

    /** The committed places, from {@code bundles/testdata/assemblies/}, found from the working directory up. */
    public static List<Place> places() throws IOException {
        Path file = testdata().resolve("assemblies/trafford_postcodes.csv.gz");
        List<Place> places = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                places.add(new Place(r.get("postcode"), r.get("ward_code"), r.get("ward_name"), r.get("lsoa_code"), r.get("imd_decile")));
            }
        }
        return places;
    }

    public static Path testdata() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("bundles/testdata/README.md"))) {
                return p.resolve("bundles/testdata");
            }
        }
        throw new IllegalStateException("no bundles/testdata/ in " + Path.of("").toAbsolutePath() + " or above it");
    }

    /** Writes {@code n} addresses as a council's export would have them (CSV with a header row). */
    public static void write(int n, Writer out) throws IOException {
        List<Place> places = places();
        SplittableRandom random = new SplittableRandom(2026);
        double[] weight = new double[places.size()];
        double total = 0;
        for (int i = 0; i < weight.length; i++) {
            weight[i] = 0.2 + random.nextDouble();
            total += weight[i];
        }
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get());
        long uprn = 100011000000L;
        double cumulative = 0;
        long given = 0;
        for (int i = 0; i < places.size(); i++) {
            Place place = places.get(i);
            cumulative += weight[i];
            long upTo = Math.round(n * (cumulative / total));
            int houses = (int) (upTo - given);
            given = upTo;
            String street = STREETS[random.nextInt(STREETS.length)] + " " + KINDS[random.nextInt(KINDS.length)];
            boolean flats = random.nextInt(7) == 0;
            String block = STREETS[random.nextInt(STREETS.length)] + " " + BLOCKS[random.nextInt(BLOCKS.length)];
            int number = 1 + 2 * random.nextInt(60);
            for (int h = 0; h < houses; h++) {
                uprn += 1 + random.nextInt(5);
                String first = flats ? "Flat " + (h + 1) + ", " + block : (number + 2 * h) + " " + street;
                String second = flats ? number + " " + street : place.ward();
                csv.printRecord(uprn, first, second, town(place.postcode()), place.postcode(), place.ward(), place.wardCode(),
                        place.lsoa(), place.decile());
            }
        }
        csv.flush();
    }

    private static String town(String postcode) {
        if (postcode.startsWith("M33")) {
            return "Sale";
        }
        if (postcode.startsWith("WA13")) {
            return "Lymm";
        }
        return postcode.startsWith("WA") ? "Altrincham" : "Manchester";
    }
}
