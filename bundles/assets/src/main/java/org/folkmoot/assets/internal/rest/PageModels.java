package org.folkmoot.assets.internal.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.folkmoot.api.web.Page;
import org.folkmoot.assets.internal.cases.AssetOfCommunityValue;
import org.folkmoot.assets.internal.cases.CaseFile;
import org.folkmoot.assets.internal.cases.CaseKind;
import org.folkmoot.assets.internal.cases.Deadline;
import org.folkmoot.assets.internal.cases.DeadlineBoard;
import org.folkmoot.assets.internal.cases.DisposalLock;
import org.folkmoot.assets.internal.cases.NonStatutoryTransfer;
import org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest;
import org.folkmoot.assets.internal.register.Asset;
import org.folkmoot.assets.internal.register.AssetKey;

/** The values the page templates read: plain maps and lists of strings, nothing the public must not see. */
final class PageModels {
    static final int REGISTER_PAGE_LIMIT = 500;

    private PageModels() {
    }

    static Map<String, Object> register(List<Asset> all, List<DisposalLock> locks, String query) {
        String q = query == null ? "" : query.strip();
        String needle = q.toLowerCase(Locale.ROOT);
        Map<AssetKey, List<String>> lockedBy = locks.stream().filter(RegisterResource::onRegisteredLand).collect(Collectors.groupingBy(
                l -> new AssetKey(l.land().uprn(), l.land().assetCode()),
                Collectors.mapping(DisposalLock::caseId, Collectors.toList())));
        List<Asset> matching = all.stream().filter(a -> needle.isEmpty() || (a.displayName() + " " + a.address() + " "
                + a.postcode() + " " + a.uprn() + " " + a.assetCode() + " " + a.holdingType()).toLowerCase(Locale.ROOT)
                .contains(needle)).toList();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Asset a : matching.subList(0, Math.min(REGISTER_PAGE_LIMIT, matching.size()))) {
            Map<String, Object> row = new HashMap<>();
            row.put("name", a.displayName());
            row.put("address", String.join(", ", nonEmpty(a.address(), a.postTown(), a.postcode())));
            row.put("uprn", a.uprn());
            row.put("code", a.assetCode());
            row.put("holding", a.holdingType());
            row.put("tenure", String.join(", ", nonEmpty(a.tenureType(), a.tenureDetail())));
            row.put("locks", lockedBy.getOrDefault(a.key(), List.of()));
            rows.add(row);
        }
        Map<String, Object> m = new HashMap<>();
        m.put("q", q);
        m.put("assets", rows);
        m.put("total", matching.size());
        m.put("shown", rows.size());
        m.put("truncated", rows.size() < matching.size());
        return m;
    }

    /** A case's public page, with no officer's forms. */
    static Map<String, Object> caseFile(CaseFile<?> c) {
        return caseFile(c, Optional.empty(), "", Map.of(), "", Map.of());
    }

    /**
     * A case's page; for a signed-in officer of the module ({@code csrf} present: the session's
     * token, empty for a bearer token) also the forms for the steps the case may take now. After a
     * refusal, {@code errors} says why beside each field (keyed by field id) and the form of
     * {@code errorStep} keeps what was posted.
     */
    static Map<String, Object> caseFile(CaseFile<?> c, Optional<String> csrf, String saved, Map<String, String> errors,
                                        String errorStep, Map<String, String> posted) {
        Map<String, Object> m = publicCase(c);
        m.put("officer", csrf.isPresent());
        m.put("csrf", csrf.orElse(""));
        m.put("forms", csrf.isPresent() ? OfficerForms.model(OfficerForms.offered(c)) : List.of());
        m.put("today", c.today().toString());
        m.put("saved", saved);
        m.put(Page.ERRORS, errors);
        m.put("errorStep", errorStep);
        m.put("values", posted);
        // No representations and no refusals unless the page resource adds them.
        m.putAll(representations(c, List.of(), Optional.empty(), false));
        m.put("refusals", Map.of());
        return m;
    }

    /**
     * The representations part of a case page: the published ones (already redacted, in the order
     * given), whether residents may make one now (a Scottish request while its notices run), and
     * for a signed-in user ({@code csrf} present) the form's token; {@code saved} after one was made.
     */
    static Map<String, Object> representations(CaseFile<?> c, List<RepresentationsResource.PublishedRepresentation> published,
                                               Optional<String> csrf, boolean saved) {
        Map<String, Object> m = new HashMap<>();
        m.put("representations", published.stream().map(r -> {
            Map<String, Object> row = new HashMap<>();
            row.put("id", r.id());
            row.put("title", r.title() == null ? "" : r.title());
            row.put("text", r.text());
            row.put("language", r.language() == null ? "" : r.language());
            row.put("date", r.created().atZone(CaseFile.UK).toLocalDate().toString());
            return (Map<String, Object>) row;
        }).toList());
        m.put("representationsOpen", c instanceof ScottishAssetTransferRequest && Representations.open(c));
        m.put("signedIn", csrf.isPresent());
        m.put("userCsrf", csrf.orElse(""));
        m.put("representationSaved", saved);
        return m;
    }

    /** The form for recording a Scottish asset transfer request. */
    static Map<String, Object> newRequest(String csrf, Map<String, String> values, Map<String, String> errors) {
        Map<String, Object> m = new HashMap<>();
        m.put("csrf", csrf);
        m.put("values", values);
        m.put(Page.ERRORS, errors);
        m.put("transferTypes", OfficerForms.TRANSFER_TYPES);
        m.put("refusals", Map.of());
        m.put("authorities", OfficerForms.AUTHORITIES);
        return m;
    }

    /** The form for recording an English nomination of an asset of community value. */
    static Map<String, Object> newNomination(String csrf, Map<String, String> values, Map<String, String> errors) {
        Map<String, Object> m = new HashMap<>();
        m.put("csrf", csrf);
        m.put("values", values);
        m.put(Page.ERRORS, errors);
        m.put("kinds", OfficerForms.NOMINATOR_KINDS);
        m.put("refusals", Map.of());
        return m;
    }

    private static Map<String, Object> publicCase(CaseFile<?> c) {
        LocalDate today = c.today();
        Map<String, Object> m = new HashMap<>();
        m.put("id", c.id());
        m.put("kind", CaseKind.of(c).name());
        m.put("state", c.state().name());
        String land;
        String party;
        String lockSince = "";
        if (c instanceof ScottishAssetTransferRequest r) {
            land = r.land().description();
            party = r.communityBody();
            lockSince = r.disposalLock().map(l -> l.since().toString()).orElse("");
        } else if (c instanceof AssetOfCommunityValue a) {
            land = a.name() + (a.addressText().isEmpty() ? "" : ", " + a.addressText());
            party = a.nominator().name();
        } else {
            NonStatutoryTransfer t = (NonStatutoryTransfer) c;
            land = t.land().description();
            party = t.communityGroup();
        }
        m.put("land", land);
        m.put("party", party);
        m.put("lockSince", lockSince);
        m.put("deadlines", deadlines(c.deadlines(), today));
        m.put("timeline", c.events().stream().map(e -> Map.of("date", e.effectiveDate().toString(), "state", e.toState()))
                .toList());
        return m;
    }

    static Map<String, Object> dashboard(DeadlineBoard.View v, int days) {
        Map<String, Object> m = new HashMap<>();
        m.put("overdue", deadlines(v.overdue(), v.today()));
        m.put("upcoming", deadlines(v.upcoming(), v.today()));
        m.put("days", days);
        return m;
    }

    private static List<Map<String, Object>> deadlines(List<Deadline> list, LocalDate today) {
        return list.stream().map(d -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("caseId", d.caseId());
            row.put("label", d.label());
            // Statutory deadlines have Welsh labels by key; a council's own pipeline stages keep theirs.
            row.put("labelKey", d.statutory() ? "assets.deadline." + d.key() : "");
            row.put("lastDay", d.lastDay().toString());
            row.put("owedBy", d.owedBy().name());
            row.put("basis", d.basis());
            // Statutory bases are read back into period and citations, so Welsh pages write them in Welsh.
            row.put("basisModel", d.statutory() ? LegalBasis.model(d.basis()) : Map.of("text", d.basis()));
            row.put("overdue", d.isOverdueOn(today));
            return (Map<String, Object>) row;
        }).toList();
    }

    private static List<String> nonEmpty(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                out.add(p);
            }
        }
        return out;
    }
}
