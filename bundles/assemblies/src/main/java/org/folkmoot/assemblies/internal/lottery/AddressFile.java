package org.folkmoot.assemblies.internal.lottery;

import java.nio.charset.Charset;
import java.util.List;

/**
 * What {@link AddressFileReader} made of an address file: the addresses that can be drawn (one per
 * UPRN, inside the area), every problem found, the encoding the file was read in, the columns it
 * has and how many data rows it held. {@link #refused()} says nothing can be drawn from it.
 */
public record AddressFile(List<Address> addresses, List<LotteryProblem> problems, Charset encoding, List<String> columns,
        long rows) {

    public AddressFile {
        addresses = List.copyOf(addresses);
        problems = List.copyOf(problems);
        columns = List.copyOf(columns);
    }

    public boolean refused() {
        return LotteryProblem.anyRefused(problems);
    }

    /** Rows left out of the draw (no UPRN, outside the area, a second row for a UPRN, ...). */
    public long leftOut() {
        return problems.stream().filter(p -> p.severity() == LotteryProblem.Severity.LEFT_OUT).count();
    }
}
