package org.folkmoot.assemblies.internal.opendata;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.folkmoot.assemblies.internal.commission.Assembly;
import org.folkmoot.assemblies.internal.implementation.ActionUpdate;
import org.folkmoot.assemblies.internal.implementation.ImplementationAction;
import org.folkmoot.assemblies.internal.implementation.Implementation;
import org.folkmoot.assemblies.internal.recommendations.Recommendation;
import org.folkmoot.assemblies.internal.recommendations.Vote;
import org.folkmoot.assemblies.internal.response.CouncilResponse;

/**
 * The assembly's open data as two CSV files (RFC 4180, UTF-8 with a byte-order mark so Excel shows
 * Welsh letters right): one row per recommendation with its vote and the council's response, and
 * one row per action. Empty cells where there is nothing yet.
 */
public final class OpenDataCsv {
    public static final List<String> RECOMMENDATIONS = List.of("number", "title_en", "title_cy", "text_en", "text_cy", "versions",
            "vote_date", "vote_method", "in_favour", "against", "abstain", "absent", "membership", "threshold_percent", "abstentions",
            "votes_counted", "votes_needed", "support_percent", "result", "margin", "decision", "reasons_en", "reasons_cy", "service",
            "responded_on", "response_due", "progress", "actions", "actions_done");
    public static final List<String> ACTIONS = List.of("recommendation", "action", "title_en", "title_cy", "service", "status",
            "progress", "updated_on", "update_en", "update_cy");

    private OpenDataCsv() {
    }

    public static String recommendations(Assembly a, Implementation.Tracked t) {
        List<List<Object>> rows = new ArrayList<>();
        for (Recommendation r : t.recommendations()) {
            List<Object> row = new ArrayList<>(List.of(r.number(), r.current().title().en(), r.current().title().cy(),
                    r.current().text().en(), r.current().text().cy(), r.versions().size()));
            Optional<Vote> closed = r.vote().filter(v -> !v.open());
            if (closed.isPresent()) {
                Vote v = closed.get();
                var result = v.result();
                row.addAll(List.of(v.heldOn(), lower(v.method()), v.tally().inFavour(), v.tally().against(), v.tally().abstain(),
                        v.notVoted(), v.membership(), v.rule().percent(), lower(v.rule().abstentions()), result.counted(),
                        result.needed(), result.support().toPlainString(), result.passed() ? "pass" : "fail", result.margin()));
            } else {
                row.addAll(blanks(14));
            }
            Optional<CouncilResponse> response = t.response(r.number());
            if (response.isPresent()) {
                CouncilResponse x = response.get();
                row.addAll(List.of(lower(x.decision()), x.reasons().en(), x.reasons().cy(), x.service(), x.respondedOn()));
            } else {
                row.addAll(blanks(5));
            }
            row.add(r.passed() ? a.responseDue() : "");
            List<ImplementationAction> actions = t.actions(r.number());
            boolean tracked = response.map(x -> x.decision().accepted()).orElse(false);
            row.add(tracked ? lower(t.progress(r.number())) : "");
            row.add(tracked ? actions.size() : "");
            row.add(tracked ? actions.stream().filter(x -> x.status().name().equals("DONE")).count() : "");
            rows.add(row);
        }
        return write(RECOMMENDATIONS, rows);
    }

    public static String actions(Implementation.Tracked t) {
        List<List<Object>> rows = new ArrayList<>();
        for (ImplementationAction x : t.actions()) {
            ActionUpdate last = x.updates().isEmpty() ? null : x.updates().get(x.updates().size() - 1);
            rows.add(List.of(x.number(), x.id(), x.title().en(), x.title().cy(), x.service(), lower(x.status()), x.progress(),
                    last == null ? "" : last.onDate(), last == null ? "" : last.note().en(), last == null ? "" : last.note().cy()));
        }
        return write(ACTIONS, rows);
    }

    private static String write(List<String> header, List<List<Object>> rows) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (List<Object> row : rows) {
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static List<Object> blanks(int n) {
        return new ArrayList<>(java.util.Collections.nCopies(n, ""));
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
