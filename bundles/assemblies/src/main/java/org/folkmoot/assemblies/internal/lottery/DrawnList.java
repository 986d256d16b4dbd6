package org.folkmoot.assemblies.internal.lottery;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code drawn.csv}: the drawn households with what an auditor recomputes (UPRN, stratum, key)
 * and what the print house needs (address, registration code). The codes make it private: the
 * published lottery leaves out that column ({@link #writePublic}).
 */
public final class DrawnList {
    public static final List<String> HEADER = List.of("uprn", "address", "stratum", "key", "registration_code");

    private DrawnList() {
    }

    /** Every drawn household with its code; {@code codes} in the order of {@link LotteryResult#drawn()}. */
    public static void write(LotteryResult result, List<String> codes, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get());
        for (int i = 0; i < result.drawn().size(); i++) {
            DrawnHousehold h = result.drawn().get(i);
            csv.printRecord(h.address().uprn(), h.address().oneLine(), h.stratum(), h.key(), codes.get(i));
        }
        csv.flush();
    }

    /** The drawn UPRNs with stratum and key only, for the assembly's public page: no addresses, no codes. */
    public static void writePublic(LotteryResult result, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("uprn", "stratum", "key").get());
        for (DrawnHousehold h : result.drawn()) {
            csv.printRecord(h.address().uprn(), h.stratum(), h.key());
        }
        csv.flush();
    }
}
