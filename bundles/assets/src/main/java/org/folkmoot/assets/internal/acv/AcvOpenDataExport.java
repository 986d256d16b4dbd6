package org.folkmoot.assets.internal.acv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.folkmoot.assets.internal.cases.AssetOfCommunityValue;
import org.folkmoot.assets.internal.cases.AssetOfCommunityValue.DisposalNotice;
import org.folkmoot.assets.internal.cases.AssetOfCommunityValue.State;
import org.folkmoot.assets.internal.cases.LandReference;
import org.folkmoot.assets.internal.register.Location;

/**
 * The council's list of assets of community value (and of unsuccessful nominations) in the
 * fields of planning.data.gov.uk's asset-of-community-value dataset. Nominations not yet decided
 * are left out: the Act requires the two lists, not the pending nominations.
 */
public final class AcvOpenDataExport {
    public static final List<String> FIELDS = List.of("reference", "name", "address-text", "point", "organisation",
            "nomination-date", "nominating-group", "decision", "decision-date", "expiry-date",
            "notification-to-sell-date", "interested-group", "protected-period-start-date", "notes",
            "start-date", "end-date");

    private final String organisation;
    private final Function<LandReference, Optional<Location>> locate;

    /**
     * @param organisation the council's planning.data.gov.uk organisation, e.g. {@code local-authority:CHT}
     * @param locate       finds the land's position (from the asset register)
     */
    public AcvOpenDataExport(String organisation, Function<LandReference, Optional<Location>> locate) {
        this.organisation = organisation == null ? "" : organisation.strip();
        this.locate = locate;
    }

    public List<Map<String, String>> rows(Collection<AssetOfCommunityValue> cases) {
        List<Map<String, String>> out = new ArrayList<>();
        cases.stream().filter(c -> c.state() != State.NOMINATED)
                .sorted(Comparator.comparing(AssetOfCommunityValue::id))
                .forEach(c -> out.add(row(c)));
        return out;
    }

    private Map<String, String> row(AssetOfCommunityValue c) {
        Map<String, String> r = new LinkedHashMap<>();
        boolean unsuccessful = c.state() == State.UNSUCCESSFUL;
        Optional<DisposalNotice> notice = c.disposalNotice();
        r.put("reference", c.id());
        r.put("name", c.name());
        r.put("address-text", c.addressText());
        r.put("point", locate.apply(c.land()).map(Location::wktPoint).orElse(""));
        r.put("organisation", organisation);
        r.put("nomination-date", date(Optional.of(c.nominatedOn())));
        r.put("nominating-group", c.nominator().name());
        r.put("decision", unsuccessful ? "unsuccessful" : "listed");
        r.put("decision-date", date(c.decisionDate()));
        r.put("expiry-date", unsuccessful ? "" : date(c.listingLastDay()));
        r.put("notification-to-sell-date", date(notice.map(DisposalNotice::receivedOn)));
        r.put("interested-group", notice.flatMap(DisposalNotice::interestedGroup).orElse(""));
        // The protected period runs "beginning with the relevant date" (s.95(6)): the day the notice was received.
        r.put("protected-period-start-date", date(notice.map(DisposalNotice::receivedOn)));
        r.put("notes", unsuccessful ? c.reasons() : notes(c));
        r.put("start-date", unsuccessful ? "" : date(c.decisionDate()));
        r.put("end-date", unsuccessful ? date(c.decisionDate()) : date(c.endedOn()));
        return r;
    }

    private static String notes(AssetOfCommunityValue c) {
        return switch (c.state()) {
            case OWNER_REVIEW -> "Owner has asked for a review of the listing";
            case TRIBUNAL_APPEAL -> "Owner has appealed to the First-tier Tribunal";
            case REMOVED -> "Removed from the list";
            case EXPIRED -> "Listing expired";
            case DISPOSED -> "Land disposed of";
            default -> "";
        };
    }

    private static String date(Optional<LocalDate> d) {
        return d.map(LocalDate::toString).orElse("");
    }

    public void writeCsv(Collection<AssetOfCommunityValue> cases, Writer out) {
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get())) {
            p.printRecord(FIELDS);
            for (Map<String, String> row : rows(cases)) {
                p.printRecord(row.values());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
